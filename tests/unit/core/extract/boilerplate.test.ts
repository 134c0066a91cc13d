import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../../lib/core/extract/boilerplate';

describe('boilerplate lines', () => {
  it.each([
    'Sign In',
    'SUBSCRIBE',
    'Advertisement',
    'Skip to content',
    'Continue Reading Below',
    'Share this article',
    'This slideshow requires JavaScript.',
    'Get the latest updates right in your inbox. Subscribe to our newsletters.',
    'Sign up to our newsletter for exclusive updates and enhanced content',
    "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.",
    'Like this story? Share it with a friend!',
    'Email the author at jane@example.com or follow her @janedoe on Twitter.',
    'CLICK HERE TO GET THE APP',
    'Copyright © 2019 Example News. All rights reserved.',
    'This material may not be published, broadcast, rewritten or redistributed.',
  ])('recognises %s', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each([
    'Customers who subscribe to the service will pay $5 more a month from January.',
    'She said she would sign in the morning, after reading the contract again.',
    'Share prices fell 4% on the news.',
  ])('keeps the story line %s', (line) => expect(isBoilerplateLine(line)).toBe(false));
});
