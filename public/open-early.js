/* global indexedDB */
// Opens the extension's database while the dashboard's code loads: a first open after the browser
// starts costs IndexedDB 50–150 ms, and the page's own connection then finds it open. It never
// creates or upgrades the database, gives way to an upgrade, and lets go after a few seconds.
(() => {
  const request = indexedDB.open('linkscout');
  // No database yet (a new install): the page's own code creates it.
  request.onupgradeneeded = () => request.transaction?.abort();
  request.onerror = (event) => event.preventDefault();
  request.onsuccess = () => {
    const db = request.result;
    db.onversionchange = () => db.close();
    setTimeout(() => db.close(), 10_000);
  };
})();
