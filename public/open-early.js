/* global Worker, dispatchEvent, CustomEvent */
// Starts reading the extension's database while the dashboard's code loads: a worker
// (open-early-worker.js) opens it and reads the list's opening page, newest first, off the page's
// thread; a first open after the browser starts costs IndexedDB 50–150 ms, which then overlaps the
// loading of the page's code instead of following it. What the worker read is left on
// `linkscoutFirstPage`, with the database version it was read at, for
// lib/state/dashboard/early-page.ts (which checks it and otherwise ignores it), and announced by a
// `linkscout-first-page` event. Without workers, or on any failure, the page reads for itself.
(() => {
  try {
    const worker = new Worker('/open-early-worker.js');
    worker.onmessage = (event) => {
      worker.terminate();
      if (!event.data) return;
      globalThis.linkscoutFirstPage = event.data;
      dispatchEvent(new CustomEvent('linkscout-first-page'));
    };
    worker.onerror = () => worker.terminate();
  } catch {
    // No worker here: nothing is read early.
  }
})();
