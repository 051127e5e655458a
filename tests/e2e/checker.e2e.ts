import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnMarks, screenshot, startHarness, type Harness } from './harness';
import { startLinkFarm } from '../fixtures/link-farm.mjs';

type Farm = Awaited<ReturnType<typeof startLinkFarm>>;
let h: Harness;
let farm: Farm;
let pageHtml = '';

beforeAll(async () => {
  farm = await startLinkFarm({ hosts: 6, lifetimeMs: 240_000, maxRequests: 3000, slowMs: 300, retryAfterSeconds: 1 });
  h = await startHarness({
    route: (req, res) => {
      if (!req.url?.startsWith('/farm.html')) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml);
      return true;
    },
  });
});
afterAll(async () => {
  await h?.close();
  await farm?.close();
});

function farmPage(names: (keyof Farm['urls'])[]): string {
  const items = names.map((n) => `<li><a href="${farm.urls[n]}">${n} link</a> is in a sentence about ${n}.</li>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>Farm links</title></head><body><main><h1>Links</h1><ul>${items}</ul></main></body></html>`;
}

async function classesIn(popup: import('playwright-core').Page): Promise<Record<string, string>> {
  return popup.locator('[data-testid="link-row"]').evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((r) => [r.querySelector('.anchor')?.textContent?.replace(/ link$/, '') ?? '', r.querySelector('[data-testid="verdict"]')?.getAttribute('data-class') ?? 'none']),
    ),
  );
}

describe('checking links from the popup', () => {
  it('gives each failure class its verdict, with evidence, badge and polite per-host limits', async () => {
    const names: (keyof Farm['urls'])[] = [
      'ok', 'chain', 'head405', 'missing', 'gone', 'serverError', 'forbidden', 'challenge', 'linkedin999',
      'deepToHome', 'crossSite', 'soft404', 'parked', 'loop', 'refused', 'rateLimitedRecovers', 'noContent',
    ];
    pageHtml = farmPage(names);
    // The user is "logged in" on the farm's sites: the checker must not send these cookies.
    await h.context.addCookies(farm.origins.map((origin) => ({ name: 'session', value: 'secret', url: origin })));
    const { page, popup } = await h.popupFor('/farm.html');
    await popup.getByTestId('link-row').first().waitFor();
    await popup.getByRole('button', { name: 'Check links' }).click();
    await popup.getByRole('button', { name: 'Cancel' }).waitFor();
    await popup.getByRole('button', { name: 'Check links' }).waitFor({ timeout: 90_000 });
    const classes = await classesIn(popup);
    console.log('verdicts', classes);
    expect(classes).toEqual({
      ok: 'ok', chain: 'ok', head405: 'ok', missing: 'broken', gone: 'broken', serverError: 'server-error',
      forbidden: 'blocked', challenge: 'blocked', linkedin999: 'blocked', deepToHome: 'redirected', crossSite: 'redirected',
      soft404: 'soft-404', parked: 'parked', loop: 'broken', refused: 'broken', rateLimitedRecovers: 'ok', noContent: 'ok',
    });
    const perHost = Object.values(farm.maxInFlightByHost());
    expect(Math.max(...perHost)).toBeLessThanOrEqual(2);
    expect(farm.log.length).toBeGreaterThan(names.length);
    expect(farm.log.filter((r) => r.cookie !== null)).toEqual([]);

    // Evidence and the broken-link card
    const missingRow = popup.locator('[data-testid="link-row"]', { hasText: 'missing link' });
    await missingRow.getByText('Why “Broken”?').click();
    await missingRow.getByText('404').first().waitFor();
    const card = missingRow.getByTestId('blb-card');
    expect(await card.textContent()).toContain('missing link');
    expect(await card.getByRole('link').getAttribute('href')).toBe(`https://web.archive.org/web/*/${farm.urls.missing}`);
    await screenshot(popup, 'popup-checked');

    // Badge and the popup's Dead count: broken + soft-404 + parked for this tab, one definition
    const deadCount = Object.values(classes).filter((c) => c === 'broken' || c === 'soft-404' || c === 'parked').length;
    expect(await popup.getByTestId('class-summary').textContent()).toMatch(new RegExp(`^Dead ${deadCount}\\D`));
    const tabId = Number(new URL(popup.url()).searchParams.get('tab'));
    const badge = await h.worker.evaluate(async (id) => {
      const ext = (globalThis as unknown as { chrome: { action: { getBadgeText: (d: { tabId: number }) => Promise<string> } } }).chrome;
      return ext.action.getBadgeText({ tabId: id });
    }, tabId);
    expect(badge).toBe(String(deadCount));

    // Highlighting shows the verdicts on the page: broken in red with the status code
    await popup.getByRole('button', { name: 'Highlight' }).click();
    await expect.poll(() => popup.getByRole('button', { name: 'Highlight' }).getAttribute('aria-pressed')).toBe('true');
    const drawn = (await drawnMarks(h, tabId)) ?? [];
    const marks = Object.fromEntries(drawn.map((m) => [m.text, `${m.kind}:${m.code ?? ''}`]));
    // The page itself reads no verdict: nothing was written onto its elements.
    expect(await page.evaluate(() => document.body.outerHTML)).not.toMatch(/data-linkscout|linkscout-/i);
    expect(marks['missing link']).toBe('broken:404');
    expect(marks['gone link']).toBe('broken:410');
    expect(marks['forbidden link']).toBe('blocked:');
    expect(marks['crossSite link']).toBe('redirected:');
    expect(marks['ok link']).toBe('follow:');
    await screenshot(page, 'page-verdicts');

    // The link report CSV downloads and matches what the popup shows
    const download = popup.waitForEvent('download');
    await popup.getByRole('button', { name: 'CSV' }).click();
    const file = await (await download).path();
    const text = readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(rows[0]!)).toEqual([
      'page_url', 'page_title', 'link_url', 'anchor_text', 'rel', 'follow', 'position', 'status_class',
      'http_status', 'final_url', 'redirect_hops', 'evidence', 'checked_at',
    ]);
    expect(Object.fromEntries(rows.map((r) => [r.anchor_text!.replace(/ link$/, ''), r.status_class]))).toEqual(classes);
    expect(rows.find((r) => r.anchor_text === 'missing link')?.http_status).toBe('404');
    // In an extension, fetch hides intermediate redirect hops (opaque redirects): the chain's
    // end is known, its hop count is not, and the evidence says so.
    expect(Number(rows.find((r) => r.anchor_text === 'chain link')?.redirect_hops)).toBeGreaterThanOrEqual(1);

    // Filter by class
    await popup.getByLabel('Status').selectOption('broken');
    await expect.poll(async () => Object.keys(await classesIn(popup)).sort()).toEqual(['gone', 'loop', 'missing', 'refused']);
  });
});

describe('a check survives the service worker being stopped, and can be cancelled', () => {
  it('resumes an unfinished check when the worker wakes, with no verdict lost or counted twice', async () => {
    const slow = farm.origins.slice(5).flatMap((origin) => Array.from({ length: 12 }, (_, i) => `${origin}/page/${i}`));
    pageHtml = `<!doctype html><html lang="en"><head><title>Many links</title></head><body><main><ul>${slow
      .map((u, i) => `<li><a href="${u}">page ${i}</a></li>`)
      .join('')}</ul></main></body></html>`;
    const { popup } = await h.popupFor('/farm.html');
    await popup.getByTestId('link-row').first().waitFor();
    await popup.getByRole('button', { name: 'Check links' }).click();
    const progress = popup.getByTestId('check-progress');
    await expect.poll(async () => Number(((await progress.textContent()) ?? '0').split(' ')[0]), { timeout: 20_000 }).toBeGreaterThan(0);

    // Stop the extension's service worker mid-job, as the browser does when it is idle.
    const cdp = await h.context.newCDPSession(popup);
    const versions: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
      for (const v of e.versions) if (v.scriptURL.includes(h.extensionId) && v.runningStatus === 'running') versions.push(v.versionId);
    });
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => versions.length).toBeGreaterThan(0);
    await cdp.send('ServiceWorker.stopAllWorkers');

    const readState = () => popup.evaluate(async () => {
      const open = indexedDB.open('linkscout');
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const all = <T,>(store: string) =>
        new Promise<T[]>((resolve) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result as T[]);
        });
      const jobs = await all<{ id: string; total: number; done: number; state: string; createdAt: number }>('checkJobs');
      const job = jobs.sort((a, b) => b.createdAt - a.createdAt)[0]!;
      const items = (await all<{ jobId: string; state: string; verdict?: unknown }>('checkItems')).filter((i) => i.jobId === job.id);
      db.close();
      return { job, items: items.length, done: items.filter((i) => i.state === 'done' && i.verdict).length };
    });
    const stalled = await readState();
    await popup.waitForTimeout(1500);
    const stalledLater = await readState();
    // Re-opening the popup wakes the worker, which resumes the job from IndexedDB.
    await popup.reload();
    await popup.getByTestId('link-row').first().waitFor();
    await expect.poll(async () => (await readState()).job.state, { timeout: 90_000, interval: 500 }).toBe('done');
    expect(stalled.job.state).not.toBe('done'); // the stop really interrupted the job
    expect(stalled.done).toBe(stalledLater.done); // and nothing ran while the worker was stopped
    const state = await readState();
    expect(state.job.state).toBe('done');
    expect(state.job.total).toBe(slow.length);
    expect(state.job.done).toBe(slow.length);
    expect(state.done).toBe(slow.length);
    expect(Object.values(await classesIn(popup)).every((c) => c === 'ok')).toBe(true);
  });

  it('cancels a running check: no requests start after the cancel', async () => {
    const many = farm.origins.slice(5).flatMap((origin) => Array.from({ length: 20 }, (_, i) => `${origin}/page/c${i}`));
    pageHtml = `<!doctype html><html lang="en"><head><title>Cancel me</title></head><body><main><ul>${many
      .map((u, i) => `<li><a href="${u}">page ${i}</a></li>`)
      .join('')}</ul></main></body></html>`;
    const { popup } = await h.popupFor('/farm.html');
    await popup.getByTestId('link-row').first().waitFor();
    await popup.getByRole('button', { name: 'Check links' }).click();
    await popup.getByRole('button', { name: 'Cancel' }).click();
    await popup.getByText('(cancelled)', { exact: false }).waitFor();
    const countAt = farm.log.filter((r) => r.path.includes('/page/c')).length;
    await popup.waitForTimeout(1500);
    const countLater = farm.log.filter((r) => r.path.includes('/page/c')).length;
    expect(countLater - countAt).toBeLessThanOrEqual(2); // requests already in flight may still land
    expect(countAt).toBeLessThan(many.length * 2);
  });
});

describe('a public page cannot make the browser probe private addresses', () => {
  it('skips links from a public-looking page to loopback and LAN addresses without requesting them', async () => {
    const targets = [`${farm.origins[1]}/page/never-checked`, 'http://192.168.1.1/admin', 'http://10.0.0.5/'];
    await h.context.route('http://public-blog.example.com/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Public</title></head><body><main>${targets.map((t, i) => `<a href="${t}">target ${i}</a>`).join(' ')}</main></body></html>`,
      }),
    );
    const before = farm.log.length;
    const { popup } = await h.popupFor('http://public-blog.example.com/post');
    await popup.getByTestId('link-row').first().waitFor();
    await popup.getByRole('button', { name: 'Check links' }).click();
    await expect.poll(async () => Object.values(await classesIn(popup)), { timeout: 30_000 }).toEqual(['skipped', 'skipped', 'skipped']);
    await popup.getByText('Why “Skipped”?').first().click();
    await popup.getByText('the page is public', { exact: false }).first().waitFor();
    expect(farm.log.length).toBe(before);
  });
});
