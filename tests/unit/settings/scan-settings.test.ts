import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadScanSettings } from '@/lib/settings/scan-settings';
import { loadSettings, saveSettings } from '@/lib/settings/store';
import { DEFAULT_SETTINGS, parseStoredSettings } from '@/lib/schemas/settings';
import { savedScanLists } from '@/lib/schemas/list-rules';

// The popup reads own domains and keywords without the settings schema when they are stored as
// saved. Whatever is stored, the result must be the schema's.
beforeEach(() => {
  fakeBrowser.reset();
});

const listOf = (item: fc.Arbitrary<string>) => fc.oneof(fc.array(item, { maxLength: 8 }), fc.constant(undefined), fc.anything());
const domainLike = fc.oneof(fc.domain(), fc.webUrl(), fc.string({ maxLength: 12 }), fc.constantFrom('www.example.com', 'Example.COM', ' a.org ', '', 'a..b', '1.2.3'));
const keywordLike = fc.oneof(fc.string({ maxLength: 70 }), fc.constantFrom('seo', ' Link  Building ', 'seo', ''));

describe('savedScanLists', () => {
  it('gives exactly what the schema gives whenever it answers', () => {
    fc.assert(
      fc.property(fc.record({ ownDomains: listOf(domainLike), keywords: listOf(keywordLike) }, { requiredKeys: [] }), (stored) => {
        const fast = savedScanLists(stored);
        const { settings } = parseStoredSettings(stored);
        if (fast) expect(fast).toEqual({ ownDomains: settings.ownDomains, keywords: settings.keywords });
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    [{ ownDomains: ['Example.com'] }],
    [{ ownDomains: ['a.org', 'a.org'] }],
    [{ keywords: [' seo'] }],
    [{ keywords: 'seo' }],
  ])('leaves %j to the schema', (stored) => {
    expect(savedScanLists(stored)).toBeNull();
  });

  it('reads missing lists as the defaults', () => {
    expect(savedScanLists({})).toEqual({ ownDomains: DEFAULT_SETTINGS.ownDomains, keywords: DEFAULT_SETTINGS.keywords });
  });
});

describe('loadScanSettings', () => {
  it('reads saved settings, and the defaults when nothing is stored', async () => {
    expect(await loadScanSettings()).toEqual({ ownDomains: [], keywords: [] });
    await saveSettings({ ...DEFAULT_SETTINGS, ownDomains: ['https://www.Mine.example/'], keywords: [' Link  Building '] });
    expect(await loadScanSettings()).toEqual({ ownDomains: ['mine.example'], keywords: ['link building'] });
  });

  it('goes through the schema for lists edited by hand and for settings still in sync storage', async () => {
    await fakeBrowser.storage.local.set({ settings: { ownDomains: ['WWW.Hand.example', 'hand.example'] } });
    expect(await loadScanSettings()).toEqual({ ownDomains: ['hand.example'], keywords: [] });
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.sync.set({ settings: { keywords: ['Old'] } });
    expect(await loadScanSettings()).toEqual({ ownDomains: [], keywords: ['old'] });
    expect((await loadSettings()).settings.keywords).toEqual(['old']);
  });
});
