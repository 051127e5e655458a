import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { Prospect } from '@/lib/schemas/prospect';
import { searchWords } from '@/lib/db/search-words';

/** Fields computed from a prospect on every write, stored only so they can be indexed. */
export interface ProspectDerived {
  /** 1 when the prospect has an e-mail contact (booleans cannot be IndexedDB keys). */
  hasEmail: 0 | 1;
  contactCount: number;
  /** Full-text search words (lib/db/search-words.ts), a multiEntry index. */
  words: string[];
  /** The host's labels reversed, without `www.` ("org.example.blog"): a domain filter matches its subdomains by prefix. */
  hostRev: string;
  /** 1 when the user flagged the prospect toxic. */
  toxicFlag: 0 | 1;
}

/** "blog.example.org" → "org.example.blog" (lower case, `www.` and a trailing dot dropped). */
export function reverseHost(host: string): string {
  return host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '').split('.').reverse().join('.');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch (error) {
    // A stored prospect's URL always parses (the schema checks it); a broken one is indexed under no host.
    if (error instanceof TypeError) return '';
    throw error;
  }
}

export type ProspectRow = Prospect & ProspectDerived;

type ProspectLike = Pick<Prospect, 'url' | 'title' | 'notes' | 'contacts'> & Partial<Pick<Prospect, 'toxic'>>;

/**
 * The derived fields. Tolerates records older versions stored without some fields (no contacts,
 * a null title): an upgrade must never fail on them (version 3 then repairs the records).
 */
export function deriveFields(p: ProspectLike): ProspectDerived {
  const contacts = Array.isArray(p.contacts) ? p.contacts.filter((c) => c !== null && typeof c === 'object') : [];
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    hasEmail: contacts.some((c) => c.kind === 'email') ? 1 : 0,
    contactCount: contacts.length,
    words: searchWords([text(p.url), text(p.title), text(p.notes), ...contacts.map((c) => text(c.value))]),
    hostRev: reverseHost(hostOf(text(p.url))),
    toxicFlag: p.toxic === true ? 1 : 0,
  };
}

/** A stored row without its derived fields: what exports and backups carry. */
export function toProspect(row: ProspectRow | Prospect): Prospect {
  const { hasEmail: _h, contactCount: _c, words: _w, hostRev: _r, toxicFlag: _t, ...prospect } = row as ProspectRow;
  return prospect;
}

function isProspectLike(value: unknown): value is ProspectLike {
  return typeof value === 'object' && value !== null && Array.isArray((value as ProspectLike).contacts);
}

function withDerived(request: DBCoreMutateRequest): DBCoreMutateRequest {
  if (request.type !== 'add' && request.type !== 'put') return request;
  const values = request.values.map((v: unknown) => (isProspectLike(v) ? { ...v, ...deriveFields(v) } : v));
  return { ...request, values };
}

/**
 * Keeps the derived fields right for every write path (add, put, bulk, update and modify all end
 * in an add or put of whole records at this level), so no caller can forget them.
 */
export const derivedFieldsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'prospect-derived-fields',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'prospects') return table;
      return { ...table, mutate: (request) => table.mutate(withDerived(request)) };
    },
  }),
};
