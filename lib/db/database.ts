import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Campaign, Prospect } from '@/lib/schemas/prospect';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import type { CheckItem, CheckJob } from '@/lib/db/check-records';
import type { DoNotContact, SendLogEntry, Template } from '@/lib/schemas/outreach';
import { seedStarterTemplates } from '@/lib/db/outreach-seed';
import { derivedFieldsMiddleware, type ProspectRow } from '@/lib/db/derived';
import { SCHEMA_VERSIONS } from '@/lib/db/schema-versions';
import type { QuarantinedRecord } from '@/lib/db/quarantine';
import type { QualifyJob, QualifyRow } from '@/lib/db/qualify-records';
import type { ReadJob } from '@/lib/db/read-records';
import type { MonitoredLink } from '@/lib/db/monitor-records';
import type { BacklinkRow } from '@/lib/db/backlink-records';

export const DB_NAME = 'linkscout';

export class LinkscoutDb extends Dexie {
  /** Rows carry derived index fields; writes take plain prospects (the middleware adds them). */
  prospects!: Table<ProspectRow, string, Prospect>;
  campaigns!: EntityTable<Campaign, 'id'>;
  checkJobs!: EntityTable<CheckJob, 'id'>;
  checkItems!: EntityTable<CheckItem, 'id'>;
  /** The link-verdict cache, one row per URL; freshness is decided by `checkedAt` (verdict-cache.ts). */
  verdicts!: EntityTable<LinkVerdict, 'url'>;
  /** Outreach: e-mail templates, the do-not-contact list and every step marked as sent. */
  templates!: EntityTable<Template, 'id'>;
  doNotContact!: EntityTable<DoNotContact, 'id'>;
  sendLog!: EntityTable<SendLogEntry, 'id'>;
  /** Records an upgrade could not make valid, kept whole for export (lib/db/quarantine.ts). */
  quarantine!: EntityTable<QuarantinedRecord, 'id'>;
  qualifyJobs!: EntityTable<QualifyJob, 'id'>;
  qualifyRows!: EntityTable<QualifyRow, 'id'>;
  /** Pages to read in the background (monitoring, backlink audit, qualification) and their results. */
  readJobs!: EntityTable<ReadJob, 'id'>;
  monitoredLinks!: EntityTable<MonitoredLink, 'id'>;
  backlinks!: EntityTable<BacklinkRow, 'id'>;

  constructor(name: string = DB_NAME, options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }) {
    super(name, options);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.use(derivedFieldsMiddleware);
    // A new database starts with the starter templates (an upgraded one gets them in version 6).
    this.on('populate', (tx) => seedStarterTemplates(tx));
  }
}

export function createLinkscoutDb(name: string = DB_NAME): LinkscoutDb {
  return new LinkscoutDb(name);
}
