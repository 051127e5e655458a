import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startHarness, type Harness } from './harness';

// A service on this machine (localhost) that logs every request, and a page that links to it,
// served both from an intranet name and from a public-looking one.
let h: Harness;
let local: Server;
let localPort = 0;
const arrived: string[] = [];
let pageHtml = '';

beforeAll(async () => {
  local = createServer((req, res) => {
    arrived.push(`${req.method} ${req.url}`);
    res.writeHead(req.url?.startsWith('/missing') ? 404 : 200, { 'content-type': 'text/html' }).end('<title>Local admin</title>');
  });
  await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
  localPort = (local.address() as AddressInfo).port;
  h = await startHarness({
    // The test browser lets only mapped names and literal loopback addresses through; Chrome
    // resolves localhost to loopback by itself, so mapping it only lets the request out.
    hostMap: { intranet: '127.0.0.1', 'public.example.com': '127.0.0.1', localhost: '127.0.0.1' },
    route: (req, res) => {
      if (!req.url?.startsWith('/links.html')) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml);
      return true;
    },
  });
  const links = [`http://localhost:${localPort}/missing`, `http://localhost:${localPort}/admin`];
  pageHtml = `<!doctype html><html lang="en"><head><title>Team wiki</title></head><body><main><h1>Tools</h1>${links.map((l, i) => `<p><a href="${l}">tool ${i}</a></p>`).join('')}</main></body></html>`;
});
afterAll(async () => {
  await h?.close();
  await new Promise((resolve) => local?.close(resolve));
});

/**
 * Checks the page's links from `host` and waits until the rows show `expected`. The rows may first
 * show results of an earlier check of the same links; the wait is for this check's own.
 */
const shownVerdicts = (popup: Page) =>
  popup.locator('[data-testid="link-row"]').evaluateAll((rows) => rows.map((r) => r.querySelector('[data-testid="verdict"]')?.getAttribute('data-class') ?? ''));

async function popupFrom(host: string): Promise<Page> {
  const { popup } = await h.popupFor(`http://${host}:${h.server.port}/links.html`);
  await popup.getByTestId('link-row').first().waitFor();
  return popup;
}

async function checkFrom(host: string, expected: string[]): Promise<Page> {
  const popup = await popupFrom(host);
  await popup.getByRole('button', { name: 'Check links' }).click();
  await expect.poll(() => shownVerdicts(popup), { timeout: 60_000 }).toEqual(expected);
  return popup;
}

describe('links into your own network', () => {
  it('are checked from an intranet page: a page on such a network may', async () => {
    arrived.length = 0;
    await checkFrom('intranet', ['broken', 'ok']);
    expect(arrived).toContain('GET /missing');
  });

  it('are not requested from a public page, and the verdict says why and how to allow it', async () => {
    arrived.length = 0;
    // Before its own check, the public page is not shown what the intranet page's check found.
    const before = await popupFrom('public.example.com');
    await before.getByRole('button', { name: 'Check links' }).waitFor();
    await before.waitForTimeout(500); // the stored verdicts are read by then (they would show)
    expect(await shownVerdicts(before)).toEqual(['', '']);
    await before.close();
    const popup = await checkFrom('public.example.com', ['skipped', 'skipped']);
    expect(arrived).toEqual([]);
    await popup.getByText('Why “Skipped”?').first().click();
    const why = popup.getByText(/^private network, not checked: localhost is a loopback address, and the page is public\./).first();
    await why.waitFor();
    expect(await why.textContent()).toContain('turn on “Check links to private networks (192.168.x.x, localhost…) even from public pages” in Linkscout’s settings (the options page)');
    await screenshot(popup, 'popup-private-skipped');
  });

  it('the public page’s skips are not stored over the intranet page’s results', async () => {
    arrived.length = 0;
    const popup = await popupFrom('intranet');
    await expect.poll(() => shownVerdicts(popup), { timeout: 10_000 }).toEqual(['broken', 'ok']);
    expect(arrived).toEqual([]);
  });
});
