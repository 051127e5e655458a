// One definition of a count everywhere (issue #11): after a check, the popup's verdict summary, the
// toolbar badge and the page highlight's legend count the same distinct broken links, and the
// legend says how often they occur on the page. The page repeats one dead link three times.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { popupTabId, screenshot, startHarness, type Harness } from './harness';

/** Dead links on 127.0.0.2 (another site than the page's 127.0.0.1): gone-0 three times, gone-1 and gone-2 once; one live link. */
const page = (port: number): string => `<!doctype html><html lang="en"><head><title>Repeated sources</title></head><body><main><article><h1>Repeated sources</h1>
<p>See <a href="http://127.0.0.2:${port}/gone-0">the first source</a>, <a href="http://127.0.0.2:${port}/gone-1">the second</a> and <a href="http://127.0.0.2:${port}/gone-2">the third</a>.</p>
<p>The first source again: <a href="http://127.0.0.2:${port}/gone-0">here</a> and <a href="http://127.0.0.2:${port}/gone-0">here</a>.</p>
<p>And one that works: <a href="http://127.0.0.2:${port}/fine">fine</a>.</p></article></main></body></html>`;

let h: Harness;
const dead = createServer((req, res) => {
  if (req.url === '/fine') res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Fine</title><p>A real page with enough text to read as one.</p>');
  else res.writeHead(404, { 'content-type': 'text/plain' }).end('gone');
});
beforeAll(async () => {
  await new Promise<void>((resolve) => dead.listen(0, '127.0.0.2', resolve));
  h = await startHarness({
    route: (req, res) => {
      if (req.url !== '/repeated.html') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page((dead.address() as AddressInfo).port));
      return true;
    },
  });
}, 120_000);
afterAll(async () => {
  dead.close();
  await h?.close();
});

/** Text of the highlight legend, which sits in a closed shadow root: read through the DevTools protocol, which pierces it. */
async function legendLines(tab: Page): Promise<string[]> {
  type DomNode = { nodeType: number; nodeValue?: string; children?: DomNode[]; shadowRoots?: DomNode[] };
  const cdp = await tab.context().newCDPSession(tab);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const texts: string[] = [];
    const walk = (n: DomNode) => {
      if (n.nodeType === 3 && n.nodeValue) texts.push(n.nodeValue);
      [...(n.shadowRoots ?? []), ...(n.children ?? [])].forEach(walk);
    };
    walk(root);
    return texts.filter((t) => /^[A-Z][a-z-]+( [a-z-]+)*: \d+ links?/.test(t));
  } finally {
    await cdp.detach();
  }
}

describe('popup, badge and page legend', () => {
  it('count the same distinct broken links, and the legend adds the occurrences', async () => {
    const { page: tab, popup } = await h.popupFor('/repeated.html');
    await popup.getByTestId('link-row').first().waitFor();
    expect(await popup.getByTestId('link-count').textContent()).toBe('6 links, 4 distinct');
    await popup.getByRole('button', { name: 'Check links' }).click();
    await popup.getByRole('button', { name: 'Re-check' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => popup.locator('[data-testid="link-row"] .badge.verdict').count(), { timeout: 30_000 }).toBe(4);
    expect(await popup.getByTestId('class-summary').textContent()).toMatch(/^Dead 3.*Broken 3/);
    const badge = await h.worker.evaluate(async (id) => {
      const ext = (globalThis as unknown as { chrome: { action: { getBadgeText: (d: { tabId: number }) => Promise<string> } } }).chrome;
      return ext.action.getBadgeText({ tabId: id });
    }, popupTabId(popup));
    expect(badge).toBe('3');
    await popup.getByRole('button', { name: 'Highlight' }).click();
    await expect.poll(() => legendLines(tab), { timeout: 15_000 }).toContain('Dead: 3 links (5 on the page)');
    await screenshot(tab, 'page-legend-repeated');
  }, 120_000);
});
