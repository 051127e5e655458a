// The hard hosts in Chromium: never answering, 429 and 503 with Retry-After, down for good, slow;
// the per-host limit across three tabs; and a cancel that sticks while the service worker was stopped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, startHarness, type Harness } from './harness';
import { startLinkFarm } from '../fixtures/link-farm.mjs';

type Farm = Awaited<ReturnType<typeof startLinkFarm>>;
let h: Harness;
let farm: Farm;
const pages = new Map<string, string>();

beforeAll(async () => {
  farm = await startLinkFarm({ hosts: 14, hard: true, lifetimeMs: 240_000, maxRequests: 3000, slowMs: 300, retryAfterSeconds: 1 });
  h = await startHarness({
    route: (req, res) => {
      const html = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
      if (!html) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return true;
    },
  });
});
afterAll(async () => {
  await h?.close();
  await farm?.close();
});

function serve(path: string, links: [string, string][]): string {
  const items = links.map(([name, url]) => `<li><a href="${url}">${name}</a></li>`).join('\n');
  pages.set(path, `<!doctype html><html lang="en"><head><title>Hard hosts</title></head><body><main><ul>${items}</ul></main></body></html>`);
  return path;
}

const verdicts = (popup: Page) =>
  popup.locator('[data-testid="link-row"]').evaluateAll((rows) =>
    Object.fromEntries(rows.map((r) => [r.querySelector('.anchor')?.textContent ?? '', r.querySelector('[data-testid="verdict"]')?.getAttribute('data-class') ?? 'none'])));

const one = (role: string) => farm.hardOrigins(role)[0] ?? '';

describe('hard hosts in the browser', () => {
  it('gives every class its verdict: a host that never answers, rate limits and a short outage that recover, a permanent 503, slow pages', async () => {
    const links: [string, string][] = [
      ['hang 1', `${one('hang')}/a`], ['hang 2', `${one('hang')}/b`], ['hang 3', `${one('hang')}/c`],
      ['throttle 1', `${one('throttle')}/a`], ['throttle 2', `${one('throttle')}/b`],
      ['outage 1', `${one('outage')}/a`], ['outage 2', `${one('outage')}/b`],
      ['down', `${one('down')}/a`], ['slow 1', `${one('slow2')}/a`], ['slow 2', `${one('slow2')}/b`],
      ['loop', farm.urls.loop], ['soft404', farm.urls.soft404], ['parked', farm.urls.parked], ['missing', farm.urls.missing],
    ];
    const { popup } = await h.popupFor(serve('/hard.html', links));
    await popup.getByTestId('link-row').first().waitFor();
    await popup.getByRole('button', { name: 'Check links' }).click();
    await popup.getByRole('button', { name: 'Cancel' }).waitFor();
    await popup.getByRole('button', { name: 'Check links' }).waitFor({ timeout: 90_000 });
    expect(await verdicts(popup)).toEqual({
      'hang 1': 'timeout', 'hang 2': 'timeout', 'hang 3': 'timeout', 'throttle 1': 'ok', 'throttle 2': 'ok', 'outage 1': 'ok', 'outage 2': 'ok',
      down: 'server-error', 'slow 1': 'ok', 'slow 2': 'ok', loop: 'broken', soft404: 'soft-404', parked: 'parked', missing: 'broken',
    });
    expect(Math.max(...Object.values(farm.maxInFlightByHost()))).toBeLessThanOrEqual(2);
    const throttle = popup.locator('[data-testid="link-row"]', { hasText: 'throttle 1' });
    await throttle.getByText('Why “OK”?').click();
    // Every request shows: the 429s and the 200 after them.
    expect(await throttle.getByRole('list', { name: 'Requests made' }).textContent()).toMatch(/HEAD 429.*HEAD 200/s);
    await screenshot(popup, 'popup-hard-hosts');
  }, 120_000);

  it('keeps two requests at a time to one site across checks started in three tabs', async () => {
    const slowHost = farm.hardOrigins('slow2')[1] ?? '';
    const address = new URL(slowHost).hostname;
    const popups: Page[] = [];
    for (const tab of [1, 2, 3]) {
      const links: [string, string][] = Array.from({ length: 4 }, (_, i) => [`tab ${tab} link ${i}`, `${slowHost}/tab${tab}/${i}`]);
      popups.push((await h.popupFor(serve(`/tab${tab}.html`, links))).popup);
    }
    for (const popup of popups) await popup.getByTestId('link-row').first().waitFor();
    await Promise.all(popups.map((popup) => popup.getByRole('button', { name: 'Check links' }).click()));
    for (const popup of popups) {
      await expect.poll(async () => Object.values(await verdicts(popup)), { timeout: 90_000, interval: 500 }).toEqual(['ok', 'ok', 'ok', 'ok']);
    }
    expect(farm.log.filter((r) => r.host.startsWith(address)).length).toBeGreaterThanOrEqual(12);
    expect(farm.maxInFlightByHost()[address]).toBe(2);
  }, 120_000);

  it('a cancel sent while the service worker was stopped sticks: the woken worker does not resume the check', async () => {
    const slowHost = farm.hardOrigins('slow2')[0] ?? '';
    const links: [string, string][] = Array.from({ length: 16 }, (_, i) => [`slow ${i}`, `${slowHost}/cancel/${i}`]);
    const { popup } = await h.popupFor(serve('/cancel.html', links));
    await popup.getByTestId('link-row').first().waitFor();
    await popup.getByRole('button', { name: 'Check links' }).click();
    await popup.getByRole('button', { name: 'Cancel' }).waitFor();
    const requests = () => farm.log.filter((r) => r.path.startsWith('/cancel/')).length;
    await expect.poll(requests, { timeout: 20_000 }).toBeGreaterThan(0);

    const cdp = await h.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // The click wakes the worker: its start-up resume and the cancel message race.
    await popup.getByRole('button', { name: 'Cancel' }).click();
    await popup.getByText('(cancelled)', { exact: false }).waitFor({ timeout: 20_000 });
    const atCancel = requests();
    await popup.waitForTimeout(5000);
    expect(requests() - atCancel).toBeLessThanOrEqual(2); // at most what was already on its way
    expect(requests()).toBeLessThan(links.length);
    expect(await popup.getByTestId('check-progress').textContent()).toMatch(/cancelled/);
  }, 120_000);
});
