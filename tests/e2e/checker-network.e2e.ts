// The user's own network failing mid-check: nothing is called broken, the popup says why the check
// waits, and it finishes when the browser is back online. Verdicts without any HTTP answer are
// cached for minutes only. Chromium's network emulation (context.setOffline) reaches the
// extension's service worker too: its fetches fail and navigator.onLine turns false.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, startHarness, type Harness } from './harness';
import { startLinkFarm } from '../fixtures/link-farm.mjs';

type Farm = Awaited<ReturnType<typeof startLinkFarm>>;
let h: Harness;
let farm: Farm;
let pageHtml = '';

beforeAll(async () => {
  farm = await startLinkFarm({ hosts: 9, lifetimeMs: 240_000, maxRequests: 3000, slowMs: 2500, retryAfterSeconds: 1 });
  h = await startHarness({
    route: (req, res) => {
      if (!req.url?.startsWith('/net.html')) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml);
      return true;
    },
  });
});
afterAll(async () => {
  await h?.context.setOffline(false);
  await h?.close();
  await farm?.close();
});

function linksPage(urls: string[]): string {
  const items = urls.map((u, i) => `<li><a href="${u}">link ${i}</a></li>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>Network</title></head><body><main><h1>Links</h1><ul>${items}</ul></main></body></html>`;
}

const classesIn = (popup: Page) =>
  popup.locator('[data-testid="link-row"] [data-testid="verdict"]').evaluateAll((badges) => badges.map((b) => b.getAttribute('data-class') ?? ''));

describe('the user\'s network fails', () => {
  it('going offline mid-check pauses it with a message, calls nothing broken, and going online finishes it', async () => {
    const slow = Array.from({ length: 6 }, (_, i) => `${farm.urls.slow}?n=${i}`);
    const fine = farm.origins.slice(5).flatMap((o) => Array.from({ length: 4 }, (_, i) => `${o}/page/${i}`));
    pageHtml = linksPage([...fine, ...slow]);
    const { popup } = await h.popupFor('/net.html');
    await popup.getByTestId('link-row').first().waitFor();
    await popup.getByRole('button', { name: 'Check links' }).click();
    const progress = popup.getByTestId('check-progress');
    await expect.poll(async () => Number(((await progress.textContent()) ?? '0').split(' ')[0]), { timeout: 30_000 }).toBeGreaterThanOrEqual(fine.length);

    await h.context.setOffline(true);
    const paused = popup.getByTestId('check-paused');
    await paused.waitFor({ timeout: 30_000 });
    expect(await paused.textContent()).toMatch(/You appear to be offline — \d+ links? not checked yet/);
    await screenshot(popup, 'popup-check-offline');
    const whileOffline = await classesIn(popup);
    expect(whileOffline.filter((c) => c !== 'ok')).toEqual([]);
    expect(await progress.textContent()).toMatch(/paused/);

    await h.context.setOffline(false);
    await popup.getByRole('button', { name: 'Check links' }).waitFor({ timeout: 90_000 });
    const classes = await classesIn(popup);
    expect(classes).toHaveLength(fine.length + slow.length);
    expect(classes.every((c) => c === 'ok')).toBe(true);
    expect(await popup.getByTestId('check-paused').count()).toBe(0);
  });

  it('asks again on the next "Check links" for a link that got no answer once its short cache lapsed, not for a decided one', async () => {
    pageHtml = linksPage([farm.urls.reset, farm.urls.missing, farm.urls.ok]);
    const { popup } = await h.popupFor('/net.html');
    await popup.getByTestId('link-row').first().waitFor();
    await popup.getByRole('button', { name: 'Check links' }).click();
    await expect.poll(() => classesIn(popup), { timeout: 60_000 }).toEqual(['broken', 'broken', 'ok']);
    await popup.getByRole('button', { name: 'Check links' }).waitFor();

    // Fifteen minutes pass: longer than a no-answer verdict is reused, far shorter than the day a decided one is.
    await popup.evaluate(async () => {
      const open = indexedDB.open('linkscout');
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const store = db.transaction('verdicts', 'readwrite').objectStore('verdicts');
      const rows: { checkedAt: number }[] = await new Promise((resolve) => {
        const req = store.getAll();
        req.onsuccess = () => resolve(req.result as { checkedAt: number }[]);
      });
      for (const row of rows) store.put({ ...row, checkedAt: row.checkedAt - 15 * 60_000 });
      await new Promise((resolve) => (store.transaction.oncomplete = resolve));
      db.close();
    });
    const count = (path: string) => farm.log.filter((r) => r.path === path).length;
    const before = { reset: count('/reset'), missing: count('/missing'), ok: count('/ok') };
    await popup.reload();
    await popup.getByTestId('link-row').first().waitFor();
    await popup.getByTestId('verdict-age').waitFor();
    await popup.getByRole('button', { name: 'Check links' }).click();
    await expect.poll(() => count('/reset'), { timeout: 30_000 }).toBeGreaterThan(before.reset);
    await popup.getByRole('button', { name: 'Check links' }).waitFor({ timeout: 60_000 });
    expect(count('/missing')).toBe(before.missing);
    expect(count('/ok')).toBe(before.ok);
    expect(await classesIn(popup)).toEqual(['broken', 'broken', 'ok']);
  });
});

describe('a page saved as a prospect before its check', () => {
  it('gets its dead links when the verdicts arrive, with a history entry', async () => {
    pageHtml = linksPage([farm.urls.gone, farm.urls.otherSite]);
    const { popup } = await h.popupFor('/net.html?saved-first');
    await popup.getByTestId('link-row').first().waitFor();
    await popup.getByRole('button', { name: 'Save prospect' }).click();
    await popup.getByText('Saved', { exact: false }).first().waitFor();
    await popup.getByRole('button', { name: 'Check links' }).click();
    await expect.poll(() => classesIn(popup), { timeout: 60_000 }).toEqual(['broken', 'ok']);
    const stored = () => popup.evaluate(async () => {
      const open = indexedDB.open('linkscout');
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const rows: { url: string; brokenLinks: { url: string; statusClass: string }[]; history: { kind: string; note?: string }[] }[] = await new Promise((resolve) => {
        const req = db.transaction('prospects').objectStore('prospects').getAll();
        req.onsuccess = () => resolve(req.result as never);
      });
      db.close();
      const row = rows.find((r) => r.url.includes('saved-first'));
      return { dead: row?.brokenLinks.map((b) => `${b.statusClass} ${b.url}`) ?? [], notes: row?.history.filter((e) => e.kind === 'note').map((e) => e.note ?? '') ?? [] };
    });
    await expect.poll(async () => (await stored()).dead, { timeout: 15_000 }).toEqual([`broken ${farm.urls.gone}`]);
    expect((await stored()).notes.join('\n')).toMatch(/is broken \(410\)/);
  });
});

describe('a request the browser blocks', () => {
  it('is "blocked by your browser", never broken, and not requested twice', async () => {
    const blockedUrl = `${farm.urls.ok}?blocked-by-client`;
    let attempts = 0;
    await h.context.route((url) => url.href === blockedUrl, (route) => {
      attempts++;
      return route.abort('blockedbyclient');
    });
    pageHtml = linksPage([blockedUrl, farm.urls.missing]);
    const { popup } = await h.popupFor('/net.html?blocked');
    await popup.getByTestId('link-row').first().waitFor();
    await popup.getByRole('button', { name: 'Check links' }).click();
    await expect.poll(() => classesIn(popup), { timeout: 60_000 }).toEqual(['blocked', 'broken']);
    const row = popup.locator('[data-testid="link-row"]').first();
    await row.getByText('Why “Blocked”?').click();
    await row.getByText('blocked by your browser', { exact: false }).first().waitFor();
    expect(attempts).toBe(1); // no retry and no GET: the browser will block it again
  });
});
