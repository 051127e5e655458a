import type { PageScan } from '@/lib/schemas/page-scan';
import type { Prospect } from '@/lib/schemas/prospect';
import { createLinkscoutDb, type LinkscoutDb } from '@/lib/db/database';
import { registrableDomain } from '@/lib/url/domain';
import { buildProspect } from '@/lib/db/prospect-new';

let dbCounter = 0;

/** A fresh database with a unique name (fake-indexeddb keeps databases for the whole run). */
export function freshDb(): LinkscoutDb {
  dbCounter += 1;
  return createLinkscoutDb(`test-${dbCounter}-${Math.random().toString(36).slice(2)}`);
}

export function makeScan(url: string, overrides: Partial<PageScan> = {}): PageScan {
  return {
    url,
    title: 'Best gardening resources',
    contentType: 'text/html',
    domain: registrableDomain(url),
    scannedAt: 1_700_000_000_000,
    durationMs: 3,
    links: [],
    omittedLinks: 0,
    contacts: [],
    ignored: { javascript: 0, data: 0, blob: 0, mailto: 0, tel: 0, fragment: 0, other: 0, malformed: 0 },
    kinds: [{ kind: 'resource', score: 80, reasons: ['"Resources" in the title'] }],
    meta: { description: '', canonical: null, robots: { noindex: false, nofollow: false, directives: [] }, lang: 'en', published: null, modified: null },
    relevance: { score: 40, hits: [] },
    spam: { score: 10, signals: [{ id: 'sponsored', label: 'Many sponsored links', weight: 10, reason: '3 of 10' }] },
    ...overrides,
  };
}

export function makeProspect(url: string, overrides: Partial<Prospect> = {}): Prospect {
  const prospect = buildProspect(url, {}, { id: crypto.randomUUID(), now: 1_700_000_000_000 });
  if (!prospect) throw new Error(`makeProspect needs an http(s) page, not "${url}"`);
  return { ...prospect, ...overrides };
}
