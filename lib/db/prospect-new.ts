import type { Prospect } from '@/lib/schemas/prospect';
import { registrableDomain } from '@/lib/url/domain';
import { normalizeUrl } from '@/lib/url/normalize';

/** What the caller knows of a new prospect; every field left out (or undefined) takes its default. */
export type ProspectFields = { [K in keyof Omit<Prospect, 'id' | 'url' | 'normalizedUrl' | 'domain' | 'createdAt' | 'updatedAt'>]?: Prospect[K] | undefined };

/**
 * The record's id and when it is made. A record that already has dates (a row of our own export
 * read back) keeps them; otherwise both are `now`.
 */
export interface Made {
  id: string;
  now: number;
  createdAt?: number | undefined;
  updatedAt?: number | undefined;
}

/**
 * The one place a new prospect is written out (saving a scan, search results, qualified rows and
 * CSV import): the page's address with its dedupe key and domain computed from it, the given
 * fields, and defaults for the rest (new, no campaign, nothing found yet, no follow-up, an empty
 * history). Null when the address is not an http(s) page.
 */
export function buildProspect(url: string, fields: ProspectFields, made: Made): Prospect | null {
  const normalizedUrl = normalizeUrl(url);
  if (!normalizedUrl) return null;
  const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<Prospect>;
  return {
    title: '',
    opportunityType: 'other',
    status: 'new',
    campaignId: null,
    tags: [],
    contacts: [],
    brokenLinks: [],
    linksToMySite: [],
    relevance: 0,
    spamScore: 0,
    spamSignals: [],
    toxic: false,
    notes: '',
    followUpAt: null,
    history: [],
    ...given,
    id: made.id,
    url,
    normalizedUrl,
    domain: registrableDomain(url),
    createdAt: made.createdAt ?? made.now,
    updatedAt: made.updatedAt ?? made.now,
  };
}
