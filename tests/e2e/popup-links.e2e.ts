// The Links tab on real-shaped pages (issue #11): the In content view, share and affiliate links,
// one link count, scroll to link, what a hostile page's scan skipped, error pages in words, and a
// compact popup that leaves the list room at 600 px after saving and checking.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot, startHarness, type Harness } from './harness';

const LONG = `<!doctype html><html lang="en"><head><title>Long read</title></head><body><main><article><h1>Long read</h1>
${Array.from({ length: 80 }, (_, i) => `<p>Paragraph ${i} about soil, compost and the weather in spring.</p>`).join('\n')}
<p>At last, <a id="deep" href="https://deep-link.example/far">the link far down</a>.</p></article></main></body></html>`;
const BASE = `<!doctype html><html lang="en"><head><base href="https://hostile.example/${'a'.repeat(200_000)}/"><title>Base</title></head>
<body><main>${Array.from({ length: 300 }, (_, i) => `<a href="p${i}">p${i}</a>`).join(' ')}<p><a href="https://fine.example/">fine</a></p></main></body></html>`;
/**
 * 2,000 anchors nested in one another (built by script: the HTML parser never nests anchors), in a
 * display:none box: laid out, such nesting keeps Chromium's own renderer busy for a minute before
 * any script (the scanner's included) can run, which is the browser's cost, not the scan's.
 */
const NESTED = `<!doctype html><html lang="en"><head><title>Nested</title></head><body><main><div style="display:none"></div></main><script>
let at = document.querySelector('main > div');
for (let i = 0; i < 2000; i++) { const a = document.createElement('a'); a.href = 'https://n' + i + '.example/'; a.append('level ' + i + ' ' + 'word '.repeat(20)); at.append(a); at = a; }
</script></body></html>`;
/** Twelve outbound links, dead: 127.0.0.2 is another site than the page's 127.0.0.1, and its server answers 404. */
const many = (port: number): string => `<!doctype html><html lang="en"><head><title>Twelve sources</title></head><body><main><article><h1>Twelve sources</h1>
${Array.from({ length: 12 }, (_, i) => `<p>See <a href="http://127.0.0.2:${port}/gone-${i}">source ${i}</a> for details.</p>`).join('\n')}</article></main></body></html>`;

let h: Harness;
/** A second loopback site where every page is gone; it stops after 200 requests. */
let requests = 0;
const dead = createServer((_req, res) => {
  requests++;
  res.writeHead(404, { 'content-type': 'text/plain' }).end('gone');
  if (requests >= 200) dead.close();
});
beforeAll(async () => {
  await new Promise<void>((resolve) => dead.listen(0, '127.0.0.2', resolve));
  const pages: Record<string, string> = { '/long.html': LONG, '/base.html': BASE, '/nested.html': NESTED };
  h = await startHarness({
    route: (req, res) => {
      const body = req.url === '/many.html' ? many((dead.address() as AddressInfo).port) : pages[req.url ?? ''];
      if (body === undefined) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
      return true;
    },
  });
}, 120_000);
afterAll(async () => {
  dead.close();
  await h?.close();
});

const rowUrls = (popup: import('playwright-core').Page) => popup.locator('[data-testid="link-row"] a.url').allTextContents();

describe('popup: the Links tab', () => {
  it('opens on outbound links in the main text, with share buttons apart and affiliate links marked', async () => {
    const { popup } = await h.popupFor('/regressions/share-affiliate.html');
    await popup.getByTestId('link-row').first().waitFor();
    expect(await popup.getByLabel('Show', { exact: true }).inputValue()).toBe('content');
    const urls = await rowUrls(popup);
    expect(urls).toContain('https://www.rhs.org.uk/compost');
    expect(urls).toContain('https://amzn.to/3xYzAbc');
    for (const part of ['facebook.com/sharer', 'shop.partner.example', 'blogroll.example', 'theme.example']) expect(urls.join(' ')).not.toContain(part);
    expect(await popup.locator('.badge', { hasText: /^affiliate$/ }).count()).toBe(4);

    await popup.getByLabel('Show', { exact: true }).selectOption('share');
    await expect.poll(() => popup.getByTestId('link-row').count()).toBe(5);
    expect(await popup.getByTestId('share-count').textContent()).toBe('5 share buttons not counted as outbound');
    expect(await popup.getByTestId('follow-share').textContent()).toContain('5 affiliate (4 without rel=sponsored)');
    await screenshot(popup, 'popup-share-affiliate');
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('says "N links, M distinct" and the numbers agree with the list', async () => {
    const { popup } = await h.popupFor('/pages/links.html');
    await popup.getByTestId('link-count').waitFor();
    const total = Number(await popup.getByTestId('total-links').textContent());
    await popup.getByLabel('Show', { exact: true }).selectOption('all');
    await popup.getByLabel('By domain', { exact: true }).uncheck();
    const rows = await popup.getByTestId('link-row').count();
    const counts = await popup.locator('[data-testid="link-row"] .badge.count').allTextContents();
    const occurrences = rows + counts.filter((c) => c.startsWith('×')).reduce((n, c) => n + Number(c.slice(1)) - 1, 0);
    expect(occurrences).toBe(total);
    expect(await popup.getByTestId('link-count').textContent()).toBe(`${total} links, ${rows} distinct`);
    expect(await popup.getByRole('button', { name: /^Copy \d+ URLs?$/ }).textContent()).toBe(`Copy ${rows} URLs`);
  });

  it('scrolls the page to a link and flashes it', async () => {
    const { page, popup } = await h.popupFor('/long.html');
    await popup.getByTestId('link-row').first().waitFor();
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await popup.getByRole('button', { name: 'Scroll to “the link far down” on the page' }).click();
    await expect.poll(() => page.evaluate(() => {
      const r = document.getElementById('deep')?.getBoundingClientRect();
      return r !== undefined && r.top >= 0 && r.bottom <= innerHeight;
    })).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.getElementById('deep')?.getAnimations().length ?? 0)).toBeGreaterThanOrEqual(0);
    // Nothing is written into the page's attributes.
    expect(await page.evaluate(() => document.getElementById('deep')?.getAttributeNames().sort())).toEqual(['href', 'id']);
    await popup.getByText('Scrolled to the link on the page.').first().waitFor({ state: 'attached' });
  });

  it('says what a hostile page made the scan skip', async () => {
    const { popup } = await h.popupFor('/base.html');
    const note = popup.getByRole('note').filter({ hasText: 'links with URLs over 8 KB were left out' });
    await note.waitFor({ timeout: 30_000 });
    expect(await note.textContent()).toBe('300 links with URLs over 8 KB were left out.');
    await popup.getByLabel('Show', { exact: true }).selectOption('all');
    expect(await rowUrls(popup)).toEqual(['https://fine.example/']);
  });

  it('scans 2,000 nested anchors with bounded anchor text', async () => {
    const { popup } = await h.popupFor('/nested.html');
    await popup.getByTestId('link-row').first().waitFor({ timeout: 30_000 });
    await popup.getByLabel('Search links by URL or anchor text').fill('n1999.example');
    await expect.poll(() => popup.locator('[data-testid="link-row"] .anchor').textContent()).toMatch(/^level 1999 word/);
    const longest = await popup.locator('[data-testid="link-row"] .anchor').evaluateAll((els) => Math.max(...els.map((e) => e.textContent?.length ?? 0)));
    expect(longest).toBeLessThanOrEqual(200);
  });

  it("explains a browser error page in words", async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((done) => closed.close(() => done()));
    const { popup } = await h.popupFor(`http://127.0.0.1:${port}/`);
    const message = popup.getByTestId('restricted-message');
    await message.waitFor();
    expect(await message.textContent()).toContain("browser's error page");
    expect(await message.textContent()).not.toContain('Frame with ID');
  });

  it('leaves the list room at 600 px after saving and checking: at least six rows in view', async () => {
    const { popup } = await h.popupFor('/many.html');
    await popup.getByTestId('link-row').first().waitFor();
    const save = popup.getByRole('button', { name: 'Save prospect' });
    await save.click();
    await popup.getByTestId('saved-mark').waitFor();
    // Keyboard focus moves from the Save button to the saved prospect's status, not to the page body.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('prospect-status');
    await popup.getByRole('button', { name: 'Check links' }).click();
    await popup.getByRole('button', { name: 'Re-check' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => popup.locator('[data-testid="link-row"] .badge.verdict').count()).toBe(12);
    // One definition of "broken" everywhere: the popup's summary and the toolbar badge count the same 12 distinct links.
    expect(await popup.getByTestId('class-summary').textContent()).toContain('Broken 12');
    const tabId = Number(new URL(popup.url()).searchParams.get('tab'));
    const badge = await h.worker.evaluate(async (id) => {
      const ext = (globalThis as unknown as { chrome: { action: { getBadgeText: (d: { tabId: number }) => Promise<string> } } }).chrome;
      return ext.action.getBadgeText({ tabId: id });
    }, tabId);
    expect(badge).toBe('12');
    const inView = await popup.getByTestId('link-row').evaluateAll((rows) =>
      rows.filter((r) => {
        const b = r.getBoundingClientRect();
        return b.top >= 0 && b.bottom <= innerHeight;
      }).length,
    );
    await screenshot(popup, 'popup-compact-600');
    expect(inView).toBeGreaterThanOrEqual(6);
  }, 120_000);
});
