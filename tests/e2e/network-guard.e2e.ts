import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnMarks, popupTabId, screenshot, startHarness, type Harness } from './harness';

// An "intranet" service on loopback: a router admin page, a missing path. Every request it gets is logged.
let intranet: Server;
let intranetPort = 0;
const arrived: { method: string; host: string; url: string }[] = [];
let h: Harness;
let pageHtml = '';

// Names a public page can link to; each is mapped to the intranet's loopback address, so any request
// made to them would arrive there. Only `evil-intranet.com` looks public: it stands for a public
// name whose DNS answer is private.
const PRIVATE_NAMES = ['intranet', 'printer.local', 'router.home.arpa', 'db.internal', 'localtest.me', '127.0.0.1.nip.io', 'evil.example', 'nas.lan'];
const PUBLIC_NAMES = ['public.example.com', 'redirector.example.net'];
const INTRANET_IP = '127.0.0.5';

function record(req: IncomingMessage): void {
  arrived.push({ method: req.method ?? '', host: req.headers.host ?? '', url: req.url ?? '' });
}

beforeAll(async () => {
  intranet = createServer((req, res) => {
    record(req);
    res.writeHead(req.url?.startsWith('/missing') ? 404 : 200, { 'content-type': 'text/html' }).end('<title>Router</title>');
  });
  await new Promise<void>((resolve) => intranet.listen(0, INTRANET_IP, resolve));
  intranetPort = (intranet.address() as AddressInfo).port;
  h = await startHarness({
    hostMap: {
      ...Object.fromEntries([...PRIVATE_NAMES, 'evil-intranet.com'].map((n) => [n, INTRANET_IP])),
      ...Object.fromEntries(PUBLIC_NAMES.map((n) => [n, '127.0.0.1'])),
    },
    route: (req, res) => {
      if (req.url?.startsWith('/into-intranet')) {
        res.writeHead(302, { location: `http://${INTRANET_IP}:${intranetPort}/cgi-bin/admin?reboot=0` }).end();
        return true;
      }
      if (!req.url?.startsWith('/guard.html')) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml);
      return true;
    },
  });
});
afterAll(async () => {
  await h?.close();
  await new Promise((resolve) => intranet?.close(resolve));
});

const page = (links: string[]) =>
  `<!doctype html><html lang="en"><head><title>Public post</title></head><body><main><h1>Links</h1>${links.map((l, i) => `<p><a href="${l}">link ${i}</a></p>`).join('')}</main></body></html>`;

async function checkFrom(url: string): Promise<{ classes: string[]; popup: import('playwright-core').Page; page: import('playwright-core').Page }> {
  const { page: tab, popup } = await h.popupFor(url);
  await popup.getByTestId('link-row').first().waitFor();
  await popup.getByRole('button', { name: 'Check links' }).click();
  await popup.getByRole('button', { name: 'Check links' }).waitFor({ timeout: 60_000 });
  // Every row has its verdict (the button may come back before the last one is drawn).
  const rowsLeft = () => popup.locator('[data-testid="link-row"]').evaluateAll((rows) => rows.filter((r) => !r.querySelector('[data-testid="verdict"]')).length);
  await expect.poll(rowsLeft, { timeout: 30_000 }).toBe(0);
  const rows = await popup.locator('[data-testid="link-row"]').evaluateAll((els) =>
    els.map((r) => [r.querySelector('a.url')?.textContent ?? '', r.querySelector('[data-testid="verdict"]')?.getAttribute('data-class') ?? 'none']),
  );
  const classes = rows.map(([, c]) => c ?? '');
  return { classes, popup, page: tab };
}

/** What a page script can see of a check: attributes beyond the page's own on its links, and any mention of a verdict. */
function readableByPage(tab: import('playwright-core').Page) {
  return tab.evaluate(() => ({
    extraAttributes: Array.from(document.querySelectorAll('a')).flatMap((a) => a.getAttributeNames().filter((n) => n !== 'href')),
    mentions: /linkscout|broken|dead|soft-404/i.test(document.body.outerHTML),
  }));
}

describe('a public page cannot turn the checker into a probe of the local network', () => {
  it('requests no private name, follows no redirect into loopback, and the page reads no result', async () => {
    const links = [
      ...PRIVATE_NAMES.map((n) => `http://${n}:${intranetPort}/missing`),
      `http://redirector.example.net:${h.server.port}/into-intranet`,
      `http://evil-intranet.com:${intranetPort}/missing`,
    ];
    pageHtml = page(links);
    arrived.length = 0;
    const { classes, popup, page: tab } = await checkFrom(`http://public.example.com:${h.server.port}/guard.html`);
    expect(classes).toEqual(links.map(() => 'skipped'));
    // Chrome gives extensions no DNS: a public name that resolves privately gets one HEAD, whose answer is discarded.
    expect(arrived.filter((r) => !(r.method === 'HEAD' && r.host.startsWith('evil-intranet.com')))).toEqual([]);
    expect(arrived.length).toBeLessThanOrEqual(1);

    await popup.getByText('Why “Skipped”?').first().click();
    await screenshot(popup, 'guard-skipped');
    await popup.getByRole('button', { name: 'Highlight' }).click();
    await expect.poll(() => popup.getByRole('button', { name: 'Highlight' }).getAttribute('aria-pressed')).toBe('true');
    expect(await readableByPage(tab)).toEqual({ extraAttributes: [], mentions: false });
    expect(((await drawnMarks(h, popupTabId(popup))) ?? []).every((m) => m.kind !== 'broken')).toBe(true);
    await screenshot(tab, 'guard-highlight');
  });

  it('blocks the extension\'s own requests to loopback at the network layer, redirect hops included', async () => {
    arrived.length = 0;
    const outcomes = await h.worker.evaluate(async ({ intranetPort, serverPort, INTRANET_IP }) => {
      const tries = [
        `http://${INTRANET_IP}:${intranetPort}/direct`,
        `http://printer.local:${intranetPort}/direct`,
        `http://intranet:${intranetPort}/direct`,
        `http://redirector.example.net:${serverPort}/into-intranet`,
      ];
      const results: string[] = [];
      for (const url of tries) {
        try {
          const r = await fetch(url, { method: 'HEAD', redirect: 'follow', credentials: 'omit' });
          results.push(`${r.status}`);
        } catch (error) {
          results.push(String(error));
        }
      }
      return results;
    }, { intranetPort, serverPort: h.server.port, INTRANET_IP });
    expect(outcomes.every((o) => /TypeError/.test(o))).toBe(true);
    expect(arrived).toEqual([]);
  });

  it('checks the intranet from an intranet page, and a public page is not handed that result', async () => {
    const target = `http://${INTRANET_IP}:${intranetPort}/missing`;
    pageHtml = page([target]);
    arrived.length = 0;
    const fromIntranet = await checkFrom(`http://127.0.0.1:${h.server.port}/guard.html`);
    expect(fromIntranet.classes).toEqual(['broken']);
    expect(arrived.length).toBeGreaterThan(0);

    arrived.length = 0;
    const fromPublic = await checkFrom(`http://public.example.com:${h.server.port}/guard.html`);
    expect(arrived).toEqual([]);
    // The popup is yours and may list what this browser already knows; the public page is shown nothing of it.
    await fromPublic.popup.getByRole('button', { name: 'Highlight' }).click();
    await expect.poll(() => fromPublic.popup.getByRole('button', { name: 'Highlight' }).getAttribute('aria-pressed')).toBe('true');
    expect(((await drawnMarks(h, popupTabId(fromPublic.popup))) ?? []).map((m) => m.kind)).toEqual(['follow']);
    expect(await readableByPage(fromPublic.page)).toEqual({ extraAttributes: [], mentions: false });
  });
});
