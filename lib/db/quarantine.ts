import type { Transaction } from 'dexie';
import { coerceProspect } from '@/lib/db/coerce-prospect';
import { deriveFields } from '@/lib/db/derived';

/** A stored record an upgrade could not make valid: kept whole, apart, for the user to export. */
export interface QuarantinedRecord {
  id: string;
  /** The table it came from. */
  table: string;
  /** Epoch ms of the upgrade that set it aside. */
  at: number;
  /** Why it could not be kept, in words. */
  problem: string;
  record: unknown;
}

/**
 * Upgrade step: every prospect is repaired where that is safe (`coerce-prospect.ts`) and written
 * back with its derived fields; those that cannot be repaired move to the quarantine table, so
 * one odd record never stops the database from opening.
 */
export async function quarantineBadProspects(tx: Transaction, now: number): Promise<void> {
  const table = tx.table('prospects');
  const quarantine = tx.table('quarantine');
  const rows: unknown[] = await table.toArray();
  const keys = await table.toCollection().primaryKeys();
  for (const [i, row] of rows.entries()) {
    const key = keys[i];
    const coerced = coerceProspect(row, now);
    if (coerced.ok) {
      await table.put({ ...coerced.prospect, ...deriveFields(coerced.prospect) });
      continue;
    }
    await quarantine.add({ id: `prospects:${String(key)}:${now}`, table: 'prospects', at: now, problem: coerced.problem, record: row } satisfies QuarantinedRecord);
    if (key !== undefined) await table.delete(key);
  }
}
