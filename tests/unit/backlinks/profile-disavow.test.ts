import { describe, expect, it } from 'vitest';
import { disavowCandidates, disavowText } from '@/lib/backlinks/disavow';
import { backlinkProfile, rankBySpam, relClassOf, type ProfileRow } from '@/lib/backlinks/profile';
import type { BacklinkVerification } from '@/lib/schemas/backlink';

const verified = (over: Partial<BacklinkVerification>): BacklinkVerification => ({
  at: 1, state: 'present', detail: '', targetUrl: 'https://acme.com/', rel: [], anchorText: '', image: false, indexable: true, indexReason: '', spamScore: 0, spamSignals: [], ...over,
});
const row = (id: string, domain: string, anchor: string, rel: string[], v: BacklinkVerification | null = null): ProfileRow => ({
  id, sourceDomain: domain, sourceUrl: `https://${domain}/${id}`, targetUrl: 'https://acme.com/', anchorText: anchor, rel, image: false, extra: {}, verification: v,
});
const ctx = { brandTerms: ['acme'], keywords: ['garden tools'], exactThreshold: 0.3 };

describe('backlink profile', () => {
  const rows = [
    row('1', 'a.example', 'Acme', []),
    row('2', 'a.example', 'garden tools', ['nofollow']),
    row('3', 'b.example', 'garden tools', [], verified({ anchorText: 'garden tools', rel: ['sponsored'], spamScore: 80, spamSignals: [{ label: 'Link farm', reason: '300 outbound links' }] })),
    row('4', 'c.example', 'click here', ['ugc'], verified({ state: 'missing' })),
  ];

  it('counts referring domains, the rel mix (verified rel first) and the anchor mix, and warns past the exact-match share', () => {
    const p = backlinkProfile(rows, ctx);
    expect(p.referringDomains.map((d) => [d.domain, d.links, d.follow])).toEqual([['a.example', 2, 1], ['b.example', 1, 0], ['c.example', 1, 0]]);
    expect(p.relMix).toEqual({ follow: 1, nofollow: 1, sponsored: 1, ugc: 1 });
    expect(p.anchorMix).toMatchObject({ branded: 1, exact: 2, generic: 1 });
    expect(p.exactShare).toBe(0.5);
    expect(p.overOptimised).toBe(true);
    expect(backlinkProfile(rows, { ...ctx, exactThreshold: 0.6 }).overOptimised).toBe(false);
    expect(p).toMatchObject({ total: 4, verified: 2, missing: 1 });
  });

  it('ranks verified linking pages by spam score', () => {
    expect(rankBySpam(rows).map((r) => r.id)).toEqual(['3', '4']);
    expect(relClassOf(['nofollow', 'sponsored'])).toBe('sponsored');
  });
});

describe('disavow builder', () => {
  it('pre-selects domains at or above the threshold, with reasons', () => {
    const c = disavowCandidates([
      row('1', 'spam.example', '', [], verified({ spamScore: 70, spamSignals: [{ label: 'Link farm', reason: 'many links' }] })),
      row('2', 'fine.example', '', [], verified({ spamScore: 10 })),
    ], 50);
    expect(c.map((x) => [x.domain, x.preselected, x.reasons])).toEqual([['spam.example', true, ['Link farm: many links']], ['fine.example', false, []]]);
  });

  it("writes Google's format: dated comment header, domain: lines and URLs, reasons as comments, no duplicates", () => {
    const text = disavowText([
      { kind: 'domain', value: 'Spam.Example', reasons: ['Link farm: many\nlinks'] },
      { kind: 'url', value: 'https://ok.example/bad-page', reasons: [] },
      { kind: 'domain', value: 'spam.example', reasons: [] },
    ], new Date('2026-11-29T10:00:00Z'));
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('# Disavow file made with Linkscout on 2026-11-29');
    expect(lines.every((l) => l.startsWith('#') || l.startsWith('domain:') || /^https?:\/\//.test(l))).toBe(true);
    expect(lines.filter((l) => !l.startsWith('#'))).toEqual(['domain:spam.example', 'https://ok.example/bad-page']);
    expect(lines).toContain('# Link farm: many links');
  });
});
