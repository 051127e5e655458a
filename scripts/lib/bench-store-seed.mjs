// Writes prospects straight into the extension's IndexedDB from inside an extension page, with
/* global indexedDB */
// the derived index fields the database's write middleware would add (lib/db/derived.ts). Used by
// `npm run bench:store` and the dashboard's end-to-end test; product code has no test hooks.
//
// The page must have opened the database already (the dashboard does on load), so the schema is
// the current one; this opens it without a version and never upgrades it.

/**
 * Runs in the page: self-contained, since Playwright sends its source text. Writes `records` as
 * given, or `synthetic.count` generated prospects numbered from `synthetic.start`, plus
 * `campaigns`. With `synthetic.wonAt`, the generated won prospects were won at that time (their
 * history says so), which sets when their monitored links are first checked (24–48 h later).
 * Returns how many prospects were written.
 * @param {{ records?: object[]; synthetic?: { start: number; count: number; seed?: number; wonAt?: number }; campaigns?: { id: string; name: string; createdAt: number }[] }} input
 */
export function writeProspectsInPage(input) {
  // Same rules as lib/db/search-words.ts (fold case and accents, split on non-letters, 2+ chars, cut at 32).
  const MAX_WORD = 32;
  const SPLIT = /[^\p{L}\p{N}]+/u;
  const fold = (text) => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const searchWords = (texts) => {
    const words = new Set();
    for (const text of texts) for (const w of fold(text).split(SPLIT)) if (w.length > 1) words.add(w.slice(0, MAX_WORD));
    return [...words];
  };
  const derive = (p) => ({
    ...p,
    hasEmail: p.contacts.some((c) => c.kind === 'email') ? 1 : 0,
    contactCount: p.contacts.length,
    words: searchWords([p.url, p.title, p.notes, ...p.contacts.map((c) => c.value)]),
    // Same rule as lib/db/derived.ts reverseHost.
    hostRev: new URL(p.url).hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '').split('.').reverse().join('.'),
    toxicFlag: p.toxic ? 1 : 0,
  });

  // The shape tests/unit/db/seed.ts makes: ~200 domains, varied statuses, tags, contacts, dates.
  const STATUSES = ['new', 'qualified', 'contacted', 'followed-up', 'replied', 'won', 'lost', 'do-not-contact'];
  const TYPES = ['resource-page', 'broken-link', 'guest-post', 'directory', 'journalist-query', 'mention', 'other'];
  const TAGS = ['gardening', 'tools', 'diy', 'outreach-q1', 'priority', 'local'];
  const WORDS = ['garden', 'compost', 'seeds', 'tools', 'guide', 'resources', 'links', 'blog', 'review', 'tips'];
  const BASE_TIME = 1_700_000_000_000;
  const campaignIds = (input.campaigns ?? []).map((c) => c.id);
  let state = (input.synthetic?.seed ?? 42) >>> 0;
  const rand = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = (items) => items[Math.floor(rand() * items.length)];
  const synthetic = (i) => {
    const domain = `site${i % 200}.example`;
    const url = `https://${domain}/${pick(WORDS)}/${i}`;
    const createdAt = BASE_TIME + i * 60_000;
    const hasEmail = rand() < 0.4;
    const wonAt = input.synthetic?.wonAt;
    const prospect = {
      id: `p-${String(i).padStart(7, '0')}`, url, normalizedUrl: url, domain,
      title: `${pick(WORDS)} ${pick(WORDS)} ${i}`,
      opportunityType: pick(TYPES), status: pick(STATUSES),
      campaignId: campaignIds.length && rand() < 0.5 ? pick(campaignIds) : null,
      tags: rand() < 0.6 ? [pick(TAGS)] : [],
      contacts: hasEmail ? [{ kind: 'email', value: `editor${i}@${domain}`, source: 'mailto link' }] : [],
      brokenLinks: [], linksToMySite: [],
      relevance: Math.floor(rand() * 101), spamScore: Math.floor(rand() * 30), spamSignals: [],
      toxic: rand() < 0.02,
      notes: rand() < 0.3 ? `Met at ${pick(WORDS)} meetup` : '',
      followUpAt: rand() < 0.3 ? createdAt + Math.floor(rand() * 30) * 86_400_000 : null,
      createdAt, updatedAt: createdAt + Math.floor(rand() * 10) * 3_600_000,
      history: [],
    };
    if (prospect.status === 'won' && wonAt !== undefined) prospect.history = [{ kind: 'status', at: wonAt, from: 'replied', to: 'won' }];
    return prospect;
  };

  return new Promise((resolve, reject) => {
    const open = indexedDB.open('linkscout');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const idb = open.result;
      // Relaxed durability: a benchmark's seed data need not survive a power cut, and fsyncs dominate otherwise.
      const tx = idb.transaction(['prospects', 'campaigns'], 'readwrite', { durability: 'relaxed' });
      const prospects = tx.objectStore('prospects');
      for (const c of input.campaigns ?? []) tx.objectStore('campaigns').put(c);
      let written = 0;
      for (const record of input.records ?? []) {
        prospects.put(derive(record));
        written++;
      }
      const { start = 0, count = 0 } = input.synthetic ?? {};
      for (let i = start; i < start + count; i++) {
        prospects.put(derive(synthetic(i)));
        written++;
      }
      tx.oncomplete = () => {
        idb.close();
        resolve(written);
      };
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('seeding transaction aborted'));
    };
  });
}

/**
 * Runs in the page: how many prospects are won, and how many monitored links the background has
 * made for them so far (it hands every won prospect over to link monitoring).
 * @returns {Promise<{ won: number; links: number }>}
 */
export function monitoringInPage() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('linkscout');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const idb = open.result;
      const tx = idb.transaction(['prospects', 'monitoredLinks'], 'readonly');
      const won = tx.objectStore('prospects').index('status').count('won');
      const links = tx.objectStore('monitoredLinks').count();
      tx.oncomplete = () => {
        idb.close();
        resolve({ won: won.result, links: links.result });
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
