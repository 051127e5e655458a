import { describe, expect, it } from 'vitest';
import { ownResultKeys, reusableVerdict, shownVerdicts } from '@/lib/check/cache-rule';
import type { LinkVerdict, VerdictClass } from '@/lib/schemas/link-verdict';

const verdict = (url: string, cls: VerdictClass, finalUrl: string | null = null): LinkVerdict => ({
  url, class: cls, httpStatus: cls === 'ok' ? 200 : cls === 'broken' ? 404 : null, finalUrl, hops: [], requests: [], reason: cls, checkedAt: 1, durationMs: 1,
});
const LOCAL = 'http://localhost:8080/admin';
const REDIRECTED = 'https://short.com/x';
const PUBLIC = 'https://site.com/';

describe('which stored verdicts a page is shown', () => {
  const cached = new Map([
    [LOCAL, verdict(LOCAL, 'broken')],
    [REDIRECTED, verdict(REDIRECTED, 'redirected', 'http://192.168.1.1/')],
    [PUBLIC, verdict(PUBLIC, 'ok')],
  ]);
  const keys = [LOCAL, REDIRECTED, PUBLIC];

  it('a public page: links to private destinations, or whose verdict reached one, take its own check’s result', () => {
    const ownKeys = ownResultKeys('https://public.example.com/page', keys)(cached);
    expect(ownKeys).toEqual([LOCAL, REDIRECTED]);
    // Without a stored verdict, only the link's own address counts.
    expect(ownResultKeys('https://public.example.com/page', keys)(new Map())).toEqual([LOCAL]);
    const own = new Map([[LOCAL, verdict(LOCAL, 'skipped')]]);
    const shown = shownVerdicts(ownKeys, cached, own);
    expect(shown.get(LOCAL)?.class).toBe('skipped');
    // No result of its own for it: nothing is shown, not the other page's.
    expect(shown.has(REDIRECTED)).toBe(false);
    expect(shown.get(PUBLIC)?.class).toBe('ok');
  });

  it('a page on a private network is shown every stored verdict', () => {
    const ownKeys = ownResultKeys('http://intranet/wiki', keys)(cached);
    expect(ownKeys).toEqual([]);
    const shown = shownVerdicts(ownKeys, cached, new Map([[LOCAL, verdict(LOCAL, 'skipped')]]));
    expect(shown.get(LOCAL)?.class).toBe('broken');
    expect(shown.get(REDIRECTED)?.class).toBe('redirected');
  });

  it('skips are never reused for a new check', () => {
    expect(reusableVerdict(verdict(PUBLIC, 'skipped'), { pageUrl: 'https://public.example.com/' })).toBe(false);
    expect(reusableVerdict(verdict(LOCAL, 'broken'), { pageUrl: 'https://public.example.com/' })).toBe(false);
    expect(reusableVerdict(verdict(LOCAL, 'broken'), { pageUrl: 'http://intranet/' })).toBe(true);
  });
});
