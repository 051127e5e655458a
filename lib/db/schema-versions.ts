import type { Transaction } from 'dexie';
import { deriveFields } from '@/lib/db/derived';
import { quarantineBadProspects } from '@/lib/db/quarantine';
import type { Prospect } from '@/lib/schemas/prospect';
import { seedStarterTemplates } from '@/lib/db/outreach-seed';

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

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: V1_STORES },
  {
    // v2: e-mail filter, contact count and full-text search become indexed derived fields.
    version: 2,
    stores: {
      ...V1_STORES,
      prospects: `${V1_STORES.prospects}, hasEmail, *words`,
    },
    // The derived-fields middleware also sees these writes; computing the fields here keeps the
    // migration correct on its own if that middleware ever changes.
    upgrade: (tx) =>
      tx
        .table('prospects')
        .toCollection()
        .modify((row: Prospect & Record<string, unknown>) => {
          Object.assign(row, deriveFields(row));
        }),
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
    // v8: bulk qualification (jobs and their rows, filled by the page reader). New tables only.
    version: 8,
    stores: {
      qualifyJobs: 'id, state, createdAt',
      qualifyRows: 'id, [jobId+order], [jobId+state], url',
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
