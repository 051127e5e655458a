import type { Transaction } from 'dexie';
import { deriveFields } from '@/lib/db/derived';
import { quarantineBadProspects } from '@/lib/db/quarantine';
import type { Prospect } from '@/lib/schemas/prospect';
import { seedStarterTemplates } from '@/lib/db/outreach-seed';
import { READ_JOB_STORES } from '@/lib/db/read-records';
import { MONITOR_STORES } from '@/lib/db/monitor-records';
import { BACKLINK_STORES } from '@/lib/db/backlink-records';

/**
 * Every schema the database has had, oldest first. A change is a new entry with an `upgrade()`
 * that migrates the stored records, and a case in tests/unit/db/migration.test.ts that opens a
 * database written by the previous version. Never edit a version that has shipped.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

const V1_STORES = {
  prospects: 'id, &normalizedUrl, status, opportunityType, campaignId, *tags, domain, createdAt, updatedAt, followUpAt, relevance',
  campaigns: 'id, &name, createdAt',
  checkJobs: 'id, state, createdAt',
  checkItems: 'id, [jobId+state], url',
  verdicts: 'url, class, checkedAt',
};

const V2_PROSPECTS = `${V1_STORES.prospects}, hasEmail, *words`;

/** Recomputes every derived index field of the stored prospects (the middleware's rule, run by the upgrade itself). */
const rederive = (tx: Transaction) =>
  tx
    .table('prospects')
    .toCollection()
    .modify((row: Prospect & Record<string, unknown>) => {
      Object.assign(row, deriveFields(row));
    });

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: V1_STORES },
  {
    // v2: e-mail filter, contact count and full-text search become indexed derived fields.
    version: 2,
    stores: {
      ...V1_STORES,
      prospects: V2_PROSPECTS,
    },
    // The derived-fields middleware also sees these writes; computing the fields here keeps the
    // migration correct on its own if that middleware ever changes.
    upgrade: rederive,
  },
  {
    // v3: records an upgrade cannot make valid are set apart in a quarantine table (the user can
    // export it) instead of stopping the database from opening; the rest are repaired.
    version: 3,
    stores: { quarantine: 'id, table, at' },
    upgrade: (tx) => quarantineBadProspects(tx, Date.now()),
  },
  {
    // v4: the latest check job of a page is found by an index, not a walk over every job.
    version: 4,
    stores: { checkJobs: 'id, state, createdAt, [pageUrl+createdAt]' },
  },
  {
    // v5: the domain filter matches subdomains (reversed host, by prefix); a toxic filter; an import
    // finds the first prospect saved on a domain without reading the domain's other prospects; a
    // one-status filter in the default order pages straight off [status+updatedAt].
    version: 5,
    stores: { prospects: `${V2_PROSPECTS}, hostRev, toxicFlag, [domain+createdAt], [status+updatedAt]` },
    upgrade: rederive,
  },
  {
    // v6: outreach templates (seeded with the starter set), the do-not-contact list and the send log.
    version: 6,
    stores: {
      templates: 'id, name, opportunityType, updatedAt',
      doNotContact: 'id, &value, kind, createdAt',
      sendLog: 'id, prospectId, templateId, sentAt',
    },
    upgrade: (tx) => seedStarterTemplates(tx),
  },
  {
    // v7: page reads in the background, monitored won links, imported backlinks. New stores only.
    version: 7,
    stores: { ...READ_JOB_STORES, ...MONITOR_STORES, ...BACKLINK_STORES },
  },
  {
    // v8: bulk qualification (jobs and their rows, filled by the page reader). New tables only.
    version: 8,
    stores: {
      qualifyJobs: 'id, state, createdAt',
      qualifyRows: 'id, [jobId+order], [jobId+state], url',
    },
  },
  {
    // v9: no store changes. Version 8 closed a qualification read that failed outright without
    // telling its row, which then waited for ever; such reads are handed back to the reader (state
    // "read" with their error), which marks each row failed with the reason on its next run.
    version: 9,
    stores: {},
    upgrade: (tx) =>
      tx
        .table('readJobs')
        .where('[purpose+ref]')
        .between(['qualify', ''], ['qualify', '\uffff'])
        .filter((j: { state: string; result?: unknown; error?: string }) => j.state === 'done' && !j.result && Boolean(j.error))
        .modify({ state: 'read' }),
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
