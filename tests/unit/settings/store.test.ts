import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings } from '@/lib/settings/store';
import { settingsQuotaProblem, storedSize } from '@/lib/settings/quota';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/schemas/settings';

const withPatterns = (n: number, length = 200): Settings => ({
  ...DEFAULT_SETTINGS,
  checker: { ...DEFAULT_SETTINGS.checker, exclusions: Array.from({ length: n }, (_, i) => `https://example.com/${String(i).padStart(3, '0')}/${'x'.repeat(length - 24)}`) },
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings storage', () => {
  it('keeps settings on this computer, never in sync storage', async () => {
    await saveSettings(withPatterns(3));
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toContain('settings');
    expect((await loadSettings()).settings.checker.exclusions).toHaveLength(3);
  });

  it('stores the 100 patterns the form allows (over the old 8 KB sync item quota)', async () => {
    const settings = withPatterns(100);
    expect(storedSize('settings', settings)).toBeGreaterThan(8192);
    await saveSettings(settings, { quotaBytes: 10 * 1024 * 1024, inUseBytes: 2048 });
    expect((await loadSettings()).settings.checker.exclusions).toHaveLength(100);
    await expect(saveSettings(settings, { quotaBytes: 64 * 1024, inUseBytes: 2048 })).rejects.toThrow(/more than the \d+ KB kept for settings/);
  });

  it('moves settings synced by an older version to local storage, once', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, keywords: ['bees'] } });
    expect((await loadSettings()).settings.keywords).toEqual(['bees']);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect((await loadSettings()).settings.keywords).toEqual(['bees']);
  });
});

describe('settingsQuotaProblem', () => {
  const settings = withPatterns(100);
  const size = storedSize('settings', settings);

  it('accepts settings that fit', () => {
    expect(settingsQuotaProblem(settings, { quotaBytes: 10 * 1024 * 1024, inUseBytes: 1000, currentValue: null })).toBeNull();
    expect(settingsQuotaProblem(settings, { quotaBytes: null, inUseBytes: null, currentValue: null })).toBeNull();
  });

  it('refuses settings larger than their share of the real quota, in words', () => {
    expect(settingsQuotaProblem(settings, { quotaBytes: size * 5, inUseBytes: 0, currentValue: null })).toMatch(/need \d+ KB, more than the \d+ KB kept for settings/);
  });

  it('counts what is already stored, minus the settings the write replaces', () => {
    const quota = size * 20;
    const old = withPatterns(90);
    const inUse = quota - (size - 1000) + storedSize('settings', old); // nearly full, even with the old settings' bytes freed
    expect(settingsQuotaProblem(settings, { quotaBytes: quota, inUseBytes: inUse, currentValue: old })).toMatch(/only \d+ KB .* is free/);
    expect(settingsQuotaProblem(withPatterns(1), { quotaBytes: quota, inUseBytes: inUse, currentValue: old })).toBeNull();
  });
});
