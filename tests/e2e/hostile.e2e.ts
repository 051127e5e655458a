import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startHarness, type Harness } from './harness';

const LINKS = 100_000;
const SHADOW_DEPTH = 40;

const TITLE = '<title>&lt;img src=x onerror="window.pwned=1"&gt; Hostile &lt;script&gt;</title>';

function hugePage(): string {
  const many = Array.from({ length: LINKS }, (_, i) => `<a href="https://site${i % 500}.example/p/${i}">link ${i}</a>`).join('\n');
  const huge = 'A'.repeat(10 * 1024 * 1024);
  return `<!doctype html><html lang="en"><head>${TITLE}</head>
<body><main>
<p><a href="https://xss.example/" data-x="${huge}">&lt;script&gt;alert(1)&lt;/script&gt;<script>window.inAnchor = 1</script></a></p>
${many}
</main></body></html>`;
}

function shadowPage(): string {
  let shadow = '<a href="https://deep-in-shadow.example/">deepest</a>';
  for (let i = 0; i < SHADOW_DEPTH; i++) shadow = `<div><template shadowrootmode="open">${shadow}<a href="https://level${i}.example/">level ${i}</a></template></div>`;
  return `<!doctype html><html lang="en"><head>${TITLE}</head><body><main><a href="https://light.example/">light</a>${shadow}</main></body></html>`;
}

let h: Harness;
beforeAll(async () => {
  const pages: Record<string, string> = { '/huge.html': hugePage(), '/shadow.html': shadowPage() };
  h = await startHarness({
    route: (req, res) => {
      const body = pages[req.url ?? ''];
      if (body === undefined) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
      return true;
    },
  });
}, 120_000);
afterAll(async () => {
  await h?.close();
});

describe('hostile pages', () => {
  it('scans 100,000 links and a 10 MB attribute, listing the first 20,000 and showing text as text', async () => {
    const { popup } = await h.popupFor('/huge.html');
    await popup.getByTestId('domain-group').first().waitFor({ timeout: 90_000 });
    expect(await popup.getByTestId('total-links').textContent()).toBe('20000');
    expect(await popup.getByRole('note').filter({ hasText: 'distinct links' }).textContent()).toBe(`This page has ${LINKS + 1} distinct links; the first 20000 are listed and counted above.`);
    // What the scan left out to stay bounded is said, not hidden.
    expect(await popup.getByRole('note').filter({ hasText: 'characters of text were read' }).textContent()).toBe('Only the first 500,000 characters of text were read.');
    // Page text is shown as text: the title's markup is visible, never parsed into elements.
    expect(await popup.locator('.page-title').textContent()).toBe('<img src=x onerror="window.pwned=1"> Hostile <script>');
    expect(await popup.locator('header img, header script').count()).toBe(0);
    expect(await popup.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned)).toBeUndefined();
    // The long list renders in pages, not 20,000 rows at once.
    expect(await popup.getByTestId('link-row').count()).toBe(300);
    await popup.getByRole('button', { name: /^Show 300 more/ }).click();
    await expect.poll(() => popup.getByTestId('link-row').count()).toBe(600);
    await popup.getByLabel('Search links by URL or anchor text').fill('xss.example');
    await expect.poll(() => popup.locator('[data-testid="link-row"] .anchor').textContent()).toBe('<script>alert(1)</script>');
    await screenshot(popup, 'popup-hostile');
  }, 150_000);

  it(`finds links in ${SHADOW_DEPTH} nested open shadow roots`, async () => {
    const { popup } = await h.popupFor('/shadow.html');
    await popup.getByTestId('domain-group').first().waitFor();
    await popup.getByLabel('Search links by URL or anchor text').fill('deep-in-shadow');
    await expect.poll(() => popup.getByTestId('link-row').count()).toBe(1);
    expect(Number(await popup.getByTestId('total-links').textContent())).toBeGreaterThanOrEqual(10);
  });
});
