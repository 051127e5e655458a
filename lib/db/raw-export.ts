import { DB_NAME } from '@/lib/db/database';

/**
 * Everything the database holds, read with plain IndexedDB at whatever version it is on, as JSON
 * text. The way out when the database cannot be opened by this version of Linkscout (a failed
 * upgrade): no schema, no validation, nothing changed.
 */
export async function rawDatabaseDump(now: Date, name: string = DB_NAME, factory: IDBFactory = indexedDB): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(name); // no version: opens as stored, never upgrades
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('The database could not be opened.'));
    request.onupgradeneeded = () => request.transaction?.abort(); // no database of that name: create nothing
  });
  try {
    const names = Array.from(db.objectStoreNames);
    const stores: Record<string, unknown[]> = {};
    if (names.length > 0) {
      const tx = db.transaction(names, 'readonly');
      await Promise.all(names.map((store) => new Promise<void>((resolve, reject) => {
        const all = tx.objectStore(store).getAll();
        all.onsuccess = () => {
          stores[store] = all.result as unknown[];
          resolve();
        };
        all.onerror = () => reject(all.error ?? new Error(`${store} could not be read.`));
      })));
    }
    return JSON.stringify({ format: 'linkscout-raw', database: name, version: db.version, exportedAt: now.toISOString(), stores }, null, 2);
  } finally {
    db.close();
  }
}
