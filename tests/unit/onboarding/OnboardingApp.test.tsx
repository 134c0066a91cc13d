// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OnboardingApp } from '../../../components/onboarding/OnboardingApp';
import { sendMessage, toBackground } from '../browser/messaging/background-loopback';
import { freshStore } from '../browser/store/support';
import { CATALOGUE, LEDGER, STATE_TV, WIRE } from './outlets';

vi.mock('../../../lib/browser/messaging/protocol', () => import('../browser/messaging/background-loopback'));
const catalogue = vi.hoisted(() => ({ outlets: [] as unknown[], defaults: [] as unknown[] }));
vi.mock('../../../components/onboarding/catalogue', () => ({ onboardingCatalogue: () => catalogue }));

let request: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  await freshStore();
  sendMessage.mockReset();
  sendMessage.mockImplementation(toBackground);
  catalogue.outlets = CATALOGUE;
  catalogue.defaults = [WIRE, LEDGER, STATE_TV];
  request = vi.fn(async () => false);
  const contains = vi.fn(async () => false);
  (fakeBrowser as unknown as { permissions: unknown }).permissions = { request, contains };
});

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

describe('the onboarding page', () => {
  it('preselects the defaults but not state-controlled media, and shows each outlet’s ownership and country', async () => {
    render(<OnboardingApp />);
    await screen.findByText('Follow 2 outlets');
    const checked = [...document.querySelectorAll<HTMLElement>('.outlet')].filter((el) => el.querySelector('input')!.checked).map((el) => el.dataset.id);
    expect(checked).toEqual(['wire', 'ledger']);
    expect(document.querySelector('.outlet[data-id="state-tv"]')!.textContent).toContain('state-funded · Qatarstate-controlled');
  });

  it('asks once for all the chosen outlets’ sites and, refused, follows none of them', async () => {
    render(<OnboardingApp />);
    fireEvent.click(await screen.findByText('Follow 2 outlets'));
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith({ origins: ['https://feeds.ledger.example/*', 'https://feeds.wire.example/*', 'https://www.ledger.example/*', 'https://www.wire.example/*'] });
    await screen.findByText('Open a news article and click Crosscheck.');
    expect([...document.querySelectorAll<HTMLElement>('.follow-item')].map((el) => el.dataset.status)).toEqual(Array(3).fill('permission refused'));
    expect(screen.getByText(/not allowed to read these outlets’ sites/)).toBeTruthy();
    expect(sendMessage).not.toHaveBeenCalledWith('followFeed', expect.anything());
  });

  it('says so in plain words when there is nothing to choose from', async () => {
    catalogue.outlets = [];
    render(<OnboardingApp />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^There are no outlets to choose from/));
  });
});
