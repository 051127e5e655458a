/* global indexedDB */
// `npm run bench` sections for the page reader and the Backlinks view: pages are read by the
// built extension's background (fetch → offscreen DOMParser → lib/scan), and the view is opened
// on a database holding 10,000 backlinks.

/** Fast settings for measuring CPU, not politeness. */
const SETTINGS = {
  ownDomains: ['mine.example'], keywords: ['garden tools'],
  checker: { perHostConcurrency: 4, minGapMs: 0, globalConcurrency: 8, timeoutMs: 20_000, hopLimit: 10, cacheTtlHours: 24, exclusions: [], allowPrivateNetwork: false },
};

/**
 * Puts records into a store of the extension's database from an extension page.
 * @param {import('playwright-core').Page} page
 * @param {string} store
 * @param {unknown[]} records
 */
async function putAll(page, store, records) {
  await page.evaluate(async ({ store, records }) => {
    const open = indexedDB.open('linkscout');
    const db = await new Promise((ok, fail) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    await new Promise((ok, fail) => {
      const tx = db.transaction(store, 'readwrite');
      for (const r of records) tx.objectStore(store).put(r);
      tx.oncomplete = () => ok(undefined);
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, { store, records });
}

/**
 * Reads every URL once through the background and returns each page's reader CPU time (decode,
 * parse and scan; the fetch excluded), in ms.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 * @param {string[]} urls
 * @returns {Promise<{ parseMs: number[]; failed: number }>}
 */
export async function readerCpu(context, extensionId, urls) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page.evaluate((s) => chrome.storage.sync.set({ settings: s }), SETTINGS);
  const now = Date.now();
  const jobs = urls.map((url, i) => ({ id: `bench-${now}-${i}`, url, purpose: 'qualify', ref: `bench-${now}-${i}`, state: 'queued', createdAt: now, dueAt: now, attempts: 0 }));
  await putAll(page, 'readJobs', jobs);
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'resume-reads' }));
  const ids = new Set(jobs.map((j) => j.id));
  for (const until = Date.now() + 5 * 60_000; Date.now() < until;) {
    const done = await page.evaluate(async (ids) => {
      const open = indexedDB.open('linkscout');
      const db = await new Promise((ok) => { open.onsuccess = () => ok(open.result); });
      const all = await new Promise((ok) => { const r = db.transaction('readJobs').objectStore('readJobs').getAll(); r.onsuccess = () => ok(r.result); });
      db.close();
      const mine = all.filter((j) => ids.includes(j.id));
      return mine.every((j) => j.state === 'done') ? mine.map((j) => (j.result?.scan ? j.result.parseMs : null)) : null;
    }, [...ids]);
    if (done) {
      await page.close();
      return { parseMs: done.filter((x) => x !== null), failed: done.filter((x) => x === null).length };
    }
    await page.waitForTimeout(500);
  }
  await page.close();
  throw new Error('page reads did not finish within 5 minutes');
}

/**
 * Seeds `count` verified backlinks over a few hundred domains, with mixed rel, anchors and spam.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 * @param {number} count
 */
export async function seedBacklinks(context, extensionId, count) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  const anchors = ['Mine Tools', 'garden tools', 'best garden tools', 'https://mine.example/', 'click here', ''];
  const rels = [[], [], ['nofollow'], ['sponsored'], ['ugc']];
  const rows = Array.from({ length: count }, (_, i) => {
    const domain = `site${i % 700}.example`;
    const sourceUrl = `https://${domain}/post/${i}`;
    const spam = (i * 37) % 100;
    return {
      id: `b${i}`, key: `${sourceUrl} https://mine.example/`, sourceUrl, targetUrl: 'https://mine.example/', anchorText: anchors[i % anchors.length], rel: rels[i % rels.length],
      image: i % 29 === 0, extra: {}, sourceDomain: domain, source: 'ahrefs', importedAt: 1,
      verification: { at: 2, state: i % 13 === 0 ? 'missing' : 'present', detail: '', targetUrl: 'https://mine.example/', rel: rels[i % rels.length], anchorText: anchors[i % anchors.length], image: false, indexable: true, indexReason: '', spamScore: spam, spamSignals: spam > 60 ? [{ label: 'Dense outbound links', reason: 'many links' }] : [] },
    };
  });
  for (let i = 0; i < rows.length; i += 2000) await putAll(page, 'backlinks', rows.slice(i, i + 2000));
  await page.close();
}

/**
 * Wall time from opening the dashboard on #backlinks to the summary and both charts on screen.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 */
export async function backlinksFirstRender(context, extensionId) {
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#backlinks`);
  await page.locator('[data-testid="anchor-chart"]').waitFor({ state: 'visible', timeout: 30_000 });
  const elapsed = performance.now() - started;
  await page.close();
  return elapsed;
}
