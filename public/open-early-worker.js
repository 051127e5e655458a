/* global indexedDB, postMessage, close */
// Run by public/open-early.js in a worker of its own, so that opening the database and reading the
// list's opening page happen off the page's thread while the dashboard's code loads (on the page's
// thread, the open's answer would wait until that code had run). Posts what it read, with the
// database version it was read at, or null. It never creates or upgrades the database, gives way to
// an upgrade, and ends as soon as it has answered.
(() => {
  /** The dashboard's page size and one more, which tells whether a next page exists. */
  const COUNT = 51;
  let answered = false;
  const answer = (value) => {
    if (answered) return;
    answered = true;
    postMessage(value);
    close();
  };
  const request = indexedDB.open('linkscout');
  // No database yet (a new install): the page's own code creates it.
  request.onupgradeneeded = () => request.transaction?.abort();
  request.onerror = (event) => {
    event.preventDefault();
    answer(null);
  };
  request.onsuccess = () => {
    const db = request.result;
    db.onversionchange = () => db.close();
    const done = (value) => {
      db.close();
      answer(value);
    };
    try {
      const index = db.transaction('prospects', 'readonly').objectStore('prospects').index('updatedAt');
      const rows = [];
      const read = 'getAllRecords' in index
        // One request for the whole page, newest first (IndexedDB 3's getAll options).
        ? index.getAll({ query: null, count: COUNT, direction: 'prev' })
        : index.openCursor(null, 'prev');
      read.onsuccess = () => {
        const result = read.result;
        if (Array.isArray(result)) return done({ version: db.version, count: COUNT, rows: result });
        if (result) rows.push(result.value);
        if (result && rows.length < COUNT) result.continue();
        else done({ version: db.version, count: COUNT, rows });
      };
      read.onerror = (event) => {
        event.preventDefault();
        done(null);
      };
    } catch {
      // An older database without the store or the index: the page reads for itself.
      done(null);
    }
  };
})();
