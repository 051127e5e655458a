import { createLinkscoutDb } from '@/lib/db/database';

/** The extension's one database. Dexie opens it lazily on first use. */
export const db = createLinkscoutDb();
