import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MAX_POLL_MINUTES, MIN_POLL_MINUTES, readSettings, updateSettings } from '../../../../lib/browser/store/settings';
import { freshStore } from './support';

beforeEach(freshStore);

describe('store settings', () => {
  it('remembers compared articles by default', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.remember).toBe(true);
  });

  it('keeps a change and clamps the poll interval to sane bounds', async () => {
    await updateSettings({ remember: false });
    expect((await readSettings()).remember).toBe(false);
    expect((await updateSettings({ pollMinutes: 0 })).pollMinutes).toBe(MIN_POLL_MINUTES);
    expect((await updateSettings({ pollMinutes: 1e9 })).pollMinutes).toBe(MAX_POLL_MINUTES);
    expect((await readSettings()).remember).toBe(false);
  });
});
