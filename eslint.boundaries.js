// @ts-check
// DESIGN.md's module table ("may import") as allow-lists that lint enforces. An entry ending in
// "/" allows every module below it; any other entry allows one module; "re:" starts a raw regex.
// Every folder may also import its own files (relative "./x" or "@/lib/<folder>/x") and
// lib/text (wording helpers that import nothing). Where the code differs from DESIGN.md, the
// entry says why.

/** Globals a pure folder never touches: extension APIs, storage and the network. */
export const PURE_GLOBALS = ['chrome', 'browser', 'fetch', 'indexedDB', 'XMLHttpRequest'];

const TEXT = '@/lib/text/';

/**
 * Folders other changes are adding. They are rule folders in the manner of lib/scan: pure,
 * importing lib/url, lib/schemas, zod and, for the page reader and qualification, lib/scan.
 */
const PENDING_PURE = ['outreach', 'serp', 'footprints', 'import'];
const PENDING_PURE_WITH_SCAN = ['qualify'];

/**
 * The pure rule folders (merge fields, results-page selectors, footprints, qualification,
 * monitoring states, backlink rules): data and functions without browser, storage or network, so
 * the storage, state and view layers may call them like lib/text, and they may call each other.
 */
// lib/reader, lib/monitor and lib/backlinks have their own entries below (the reader also uses lib/check).
const RULES = 're:@/lib/(?:' + [...PENDING_PURE, ...PENDING_PURE_WITH_SCAN, 'reader', 'monitor', 'backlinks'].join('|') + ')/';

/**
 * @typedef {{ folder: string; files: string[]; mayImport: string[]; message: string;
 *   pure?: boolean; noDom?: boolean; typesFrom?: boolean }} Boundary
 */

/** @param {string} name @param {Omit<Boundary, 'folder' | 'files'> & { files?: string[] }} rule @returns {Boundary} */
function lib(name, rule) {
  return { folder: `lib/${name}`, files: rule.files ?? [`lib/${name}/**`], ...rule, mayImport: [`@/lib/${name}/`, TEXT, ...rule.mayImport] };
}

/** @type {Boundary[]} */
export const BOUNDARIES = [
  // The injected scanner: no tldts (the popup hands the page's domain in), so not lib/url/domain.
  lib('scan', { mayImport: ['re:@/lib/url/(?!domain$)', '@/lib/schemas/'], message: 'lib/url (not lib/url/domain: no tldts in the injected scanner) and lib/schemas', pure: true }),
  lib('check', { mayImport: ['@/lib/url/', '@/lib/schemas/'], message: 'lib/url and lib/schemas; fetch is injected', pure: true, noDom: true }),
  lib('url', { mayImport: ['tldts'], message: 'tldts', pure: true }),
  lib('schemas', { mayImport: ['zod'], message: 'zod', pure: true }),
  lib('text', { mayImport: [], message: 'nothing', pure: true }),
  lib('highlight', { mayImport: ['@/lib/url/', '@/lib/schemas/'], message: 'lib/url and lib/schemas', pure: true }),
  lib('db', { mayImport: ['dexie', '@/lib/schemas/', '@/lib/url/', RULES], message: 'dexie, lib/schemas, lib/url and the pure rule folders' }),
  // lib/export turns text into records and back; the record rules it shares with lib/db
  // (building a new prospect, merging contacts, applying an edit) are pure modules there, imported by name.
  lib('export', {
    mayImport: ['papaparse', 'zod', '@/lib/schemas/', '@/lib/url/', '@/lib/db/prospect-new', '@/lib/db/prospect-patch', '@/lib/db/prospect-from-scan', RULES],
    message: 'papaparse, zod, lib/schemas, lib/url, the pure rule folders and the pure record rules lib/db/prospect-new, lib/db/prospect-patch and lib/db/prospect-from-scan',
    pure: true,
  }),
  // lib/tab also needs to know which pages are scriptable and the page's domain (lib/url), the
  // global the scanner reads its options from, and the highlighter's request format.
  lib('tab', {
    mayImport: ['wxt/browser', 'wxt/utils/inject-script', '@/lib/schemas/', '@/lib/url/', '@/lib/scan/injected-options', '@/lib/serp/injected-options', '@/lib/serp/types', '@/lib/highlight/marks'],
    message: 'wxt/browser, lib/schemas, lib/url, lib/scan/injected-options, lib/serp/injected-options and types, and lib/highlight/marks',
  }),
  lib('settings', { mayImport: ['wxt/utils/storage', '@/lib/schemas/'], message: 'wxt/utils/storage and lib/schemas' }),
  lib('messages', { files: ['lib/messages.ts'], mayImport: ['zod', 'wxt/browser', '@/lib/schemas/'], message: 'zod, wxt/browser and lib/schemas' }),
  // "Anything below lib/state": every lib folder but lib/state, and the extension APIs.
  lib('jobs', {
    mayImport: ['wxt/browser', 're:@/lib/(?!state/)'],
    message: 'wxt/browser and any lib folder below lib/state',
  }),
  // Dedicated workers for work too long for the page's thread (a full CSV export): they read the
  // database with lib/db's bare-connection readers and write with lib/export.
  lib('workers', { mayImport: ['@/lib/db/', '@/lib/export/', '@/lib/schemas/'], message: 'lib/db, lib/export and lib/schemas' }),
  // lib/state also reads lib/schemas types, lib/url (a page's domain and key), lib/export (the
  // dashboard's export and import), lib/scan/summary (the popup's per-domain grouping) and
  // lib/check/cache-rule (which stored verdicts a page's popup is shown, the checker's own rule);
  // dexie only for liveQuery, which bindLive bridges into signals.
  lib('state', {
    mayImport: ['@preact/signals', 'dexie', '@/lib/state/', '@/lib/db/', '@/lib/tab/', '@/lib/messages', '@/lib/schemas/', '@/lib/url/', '@/lib/export/', '@/lib/workers/', '@/lib/scan/summary', '@/lib/check/cache-rule', RULES],
    message: 'preact signals, lib/db (and dexie for liveQuery), lib/tab, lib/messages, lib/schemas, lib/url, lib/export, lib/workers, lib/scan/summary, lib/check/cache-rule and the pure rule folders',
  }),
  {
    folder: 'components',
    files: ['components/**'],
    mayImport: ['preact', 'preact/', '@preact/signals', '@/components/', '@/lib/state/', '@/lib/schemas/', TEXT, RULES],
    message: 'preact, lib/state, lib/schemas, the pure rule folders and other components; types from any lib folder',
    typesFrom: true,
  },
  // The page reader fetches with the link checker's rules (fetch injected) and scans with lib/scan.
  lib('reader', { mayImport: ['zod', '@/lib/url/', '@/lib/schemas/', '@/lib/scan/', '@/lib/check/'], message: 'zod, lib/url, lib/schemas, lib/scan and lib/check', pure: true }),
  // Monitoring states and the backlink audit judge what the page reader read.
  ...['monitor', 'backlinks'].map((name) =>
    lib(name, { mayImport: ['zod', '@/lib/url/', '@/lib/schemas/', '@/lib/reader/'], message: 'zod, lib/url, lib/schemas and lib/reader', pure: true }),
  ),
  ...PENDING_PURE.map((name) => lib(name, { mayImport: ['zod', '@/lib/url/', '@/lib/schemas/', RULES], message: 'zod, lib/url, lib/schemas and the other pure rule folders', pure: true })),
  ...PENDING_PURE_WITH_SCAN.map((name) =>
    lib(name, { mayImport: ['zod', '@/lib/url/', '@/lib/schemas/', '@/lib/scan/', RULES], message: 'zod, lib/url, lib/schemas, lib/scan and the other pure rule folders', pure: true }),
  ),
];
