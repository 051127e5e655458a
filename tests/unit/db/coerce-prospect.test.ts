import { describe, expect, it } from 'vitest';
import { coerceProspect } from '@/lib/db/coerce-prospect';
import { MAX_EPOCH_MS } from '@/lib/schemas/prospect';
import { makeProspect } from './fixtures';

describe('coerceProspect', () => {
  it('keeps a valid record as it is, unknown newer fields included', () => {
    const p = { ...makeProspect('https://a.example.com/x', { id: 'a' }), futureField: 7 };
    expect(coerceProspect(p, 1)).toEqual({ ok: true, prospect: p });
  });

  it('recomputes what is derived from the URL', () => {
    const p = { ...makeProspect('https://www.a.example.com/x', { id: 'a' }), normalizedUrl: 'https://elsewhere.example.org/', domain: 'elsewhere.example.org' };
    const out = coerceProspect(p, 1);
    expect(out.ok && out.prospect.domain).toBe('example.com');
    expect(out.ok && out.prospect.normalizedUrl).not.toBe('https://elsewhere.example.org/');
  });

  it.each([
    [{ followUpAt: 1e300 }, { followUpAt: null }],
    [{ createdAt: -5, updatedAt: Number.NaN }, { createdAt: 42, updatedAt: 42 }],
    [{ relevance: 1e9, spamScore: 'high' }, { relevance: 100, spamScore: 0 }],
    [{ status: 'archived', opportunityType: null }, { status: 'new', opportunityType: 'other' }],
    [{ history: [{ kind: 'status', at: 1e300, from: 'new', to: 'won' }, { kind: 'note', at: 3, field: 'notes', note: 'ok' }] }, { history: [{ kind: 'note', at: 3, field: 'notes', note: 'ok' }] }],
  ])('repairs %j', (patch, expected) => {
    const out = coerceProspect({ ...makeProspect('https://a.example.com/', { id: 'a' }), ...patch }, 42);
    expect(out.ok && out.prospect).toMatchObject(expected);
  });

  it.each([null, 'text', {}, { id: 'x', url: 'ftp://a.example.com/' }])('cannot repair %j', (raw) => {
    expect(coerceProspect(raw, 1).ok).toBe(false);
  });

  it('bounds dates where every formatter can write them', () => {
    expect(new Date(MAX_EPOCH_MS).toISOString()).toBe('9999-12-31T23:59:59.999Z');
  });
});
