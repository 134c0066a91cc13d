import { describe, expect, it } from 'vitest';
import { describeOpmlProblem, importSummary } from '../../../components/options/opml-report';
import type { FollowOutcome } from '../../../lib/browser/feeds/follow';

const outcome = (status: FollowOutcome['status']): FollowOutcome => ({ url: `https://${status.replace(/\W/g, '')}.example/rss`, status, detail: '' });

describe('the OPML import report', () => {
  it('counts feeds followed, already followed, and problems of feeds and of the file together', () => {
    expect(importSummary([outcome('ok'), outcome('ok'), outcome('already followed'), outcome('unreachable')], [{ line: 3, reason: 'outline has no feed address (xmlUrl)' }])).toBe(
      'Followed 2 feeds; 1 already followed; 2 problems.',
    );
    expect(importSummary([outcome('ok')], [])).toBe('Followed 1 feed.');
    expect(importSummary([outcome('permission refused')], [])).toBe('Followed 0 feeds; 1 problem.');
  });

  it('names the line of a problem when it has one', () => {
    expect(describeOpmlProblem({ line: 12, reason: 'outline has no feed address (xmlUrl)' })).toBe('line 12: outline has no feed address (xmlUrl)');
    expect(describeOpmlProblem({ reason: 'not an OPML file (no <outline> elements)' })).toBe('not an OPML file (no <outline> elements)');
  });
});
