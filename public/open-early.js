/* global indexedDB, dispatchEvent, CustomEvent */
// Opens the extension's database while the dashboard's code loads, and reads the list's first page
// in the default order (newest first) at the same time: a first open after the browser starts costs
// IndexedDB 50–150 ms and a cold read as much again, both of which then overlap the loading of the
// page's code instead of following it. It never creates or upgrades the database, gives way to an
// upgrade, and lets go after a few seconds. What it read is left on `linkscoutFirstPage`, with the
// database version it was read at, for lib/state/dashboard/early-page.ts (which checks both and
// otherwise ignores it), and announced by a `linkscout-first-page` event.
(() => {
  /** The dashboard's page size and one more, which tells whether a next page exists. */
  const COUNT = 51;
  const done = (value) => {
    globalThis.linkscoutFirstPage = value;
    dispatchEvent(new CustomEvent('linkscout-first-page'));
  };
  const request = indexedDB.open('linkscout');
  // No database yet (a new install): the page's own code creates it.
  request.onupgradeneeded = () => request.transaction?.abort();
  request.onerror = (event) => event.preventDefault();
  request.onsuccess = () => {
    const db = request.result;
    db.onversionchange = () => db.close();
    setTimeout(() => db.close(), 10_000);
    try {
      const index = db.transaction('prospects', 'readonly').objectStore('prospects').index('updatedAt');
      const answer = (rows) => done({ version: db.version, count: COUNT, rows });
      if ('getAllRecords' in index) {
        // One request for the whole page, newest first (IndexedDB 3's getAll options).
        const read = index.getAll({ query: null, count: COUNT, direction: 'prev' });
        read.onsuccess = () => answer(read.result);
        read.onerror = (event) => event.preventDefault();
      } else {
        const rows = [];
        const read = index.openCursor(null, 'prev');
        read.onsuccess = () => {
          const cursor = read.result;
          if (cursor) rows.push(cursor.value);
          if (cursor && rows.length < COUNT) cursor.continue();
          else answer(rows);
        };
        read.onerror = (event) => event.preventDefault();
      }
    } catch {
      // An older database without the store or the index: the page reads for itself.
    }
  };
})();
