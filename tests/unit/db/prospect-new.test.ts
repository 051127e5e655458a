import { describe, expect, it } from 'vitest';
import { buildProspect } from '@/lib/db/prospect-new';
import { prospectFromResult } from '@/lib/db/serp-results';
import { prospectFromScan } from '@/lib/db/prospect-from-scan';
import { prospectSchema } from '@/lib/schemas/prospect';
import { makeScan } from './fixtures';

const made = { id: 'p1', now: 1_700_000_000_000 };

describe('buildProspect', () => {
  it('computes the dedupe key and domain from the address and fills every default', () => {
    const p = buildProspect('https://www.Blog.Hive.example/links/?utm_source=x#top', {}, made);
    expect(p).toEqual({
      id: 'p1', url: 'https://www.Blog.Hive.example/links/?utm_source=x#top', normalizedUrl: 'https://blog.hive.example/links', domain: 'hive.example',
      title: '', opportunityType: 'other', status: 'new', campaignId: null, tags: [], contacts: [], brokenLinks: [], linksToMySite: [],
      relevance: 0, spamScore: 0, spamSignals: [], toxic: false, notes: '', followUpAt: null, createdAt: made.now, updatedAt: made.now, history: [],
    });
    expect(prospectSchema.safeParse(p).success).toBe(true);
  });

  it('takes the given fields, and a field given as undefined keeps its default', () => {
    const p = buildProspect('https://hive.example/', { title: 'Hives', status: undefined, campaignId: undefined, toxic: true }, made);
    expect(p).toMatchObject({ title: 'Hives', status: 'new', campaignId: null, toxic: true });
  });

  it("keeps the dates a record already has, each one separately, and makes the missing one now", () => {
    expect(buildProspect('https://hive.example/', {}, { ...made, createdAt: 5, updatedAt: 9 })).toMatchObject({ createdAt: 5, updatedAt: 9 });
    expect(buildProspect('https://hive.example/', {}, { ...made, createdAt: 5, updatedAt: undefined })).toMatchObject({ createdAt: 5, updatedAt: made.now });
  });

  it('refuses what is not an http(s) page', () => {
    expect(buildProspect('mailto:ann@hive.example', {}, made)).toBeNull();
    expect(buildProspect('not a url', {}, made)).toBeNull();
  });

  it('is what a saved search result and a saved scan start from', () => {
    const fromResult = prospectFromResult({ url: 'https://hive.example/res', title: 'Res', opportunityType: 'resource-page', foundBy: { query: 'q', engine: 'bing', position: 2 } }, made.now, () => 'p1');
    expect(fromResult).toEqual({ ...buildProspect('https://hive.example/res', { title: 'Res', opportunityType: 'resource-page' }, made), foundBy: { query: 'q', engine: 'bing', position: 2 } });
    const scan = makeScan('https://hive.example/scan', { contacts: [] });
    expect(prospectFromScan(scan, { now: made.now, newId: () => 'p1', opportunityType: 'other' })).toEqual(
      buildProspect(scan.url, { title: scan.title, relevance: 40, spamScore: 10, spamSignals: ['Many sponsored links'] }, made),
    );
  });
});
