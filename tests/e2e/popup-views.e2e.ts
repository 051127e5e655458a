import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, drawnMarks, popupTabId, screenshot, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('popup views on the demo blog', () => {
  it('filters, searches, ungroups and copies links', async () => {
    const { popup } = await h.popupFor('/demo/');
    await popup.getByTestId('domain-group').first().waitFor();
    // The list opens on the outbound links of the main text.
    const inContent = await popup.getByTestId('link-row').count();
    expect(inContent).toBeGreaterThan(5);

    await popup.getByLabel('Show').selectOption('sponsored');
    await expect.poll(() => popup.locator('[data-testid="link-row"] a.url').allTextContents()).toEqual([
      'https://www.thorne.co.uk/hives',
      'https://www.thorne.co.uk/hives?utm_source=rooftophive',
    ]);

    await popup.getByLabel('Show').selectOption('outbound');
    await expect.poll(() => popup.getByTestId('link-row').count()).toBeGreaterThan(inContent);
    const outbound = await popup.getByTestId('link-row').count();
    await popup.getByLabel('Search links by URL or anchor text').fill('bbka');
    await expect.poll(() => popup.getByTestId('link-row').count()).toBe(2);
    await popup.getByLabel('Search links by URL or anchor text').fill('no-such-link-anywhere');
    await popup.getByText('No links match', { exact: false }).waitFor();
    await popup.getByLabel('Search links by URL or anchor text').fill('');

    await popup.getByLabel('By domain', { exact: true }).uncheck();
    await expect.poll(() => popup.getByTestId('domain-group').count()).toBe(0);
    expect(await popup.getByTestId('link-row').count()).toBe(outbound);

    await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.getByRole('button', { name: /^Copy \d+/ }).click();
    await popup.getByText(`Copied ${outbound} URLs.`).first().waitFor();
    const clip = await popup.evaluate(() => navigator.clipboard.readText());
    expect(clip.split('\n')).toHaveLength(outbound);
    expect(clip).toContain('https://www.bbka.org.uk/starting-out');
  });

  it('shows contacts with their provenance and the page kind with reasons', async () => {
    const { popup } = await h.popupFor('/demo/');
    await popup.getByRole('tab', { name: /Contacts/ }).click();
    const contacts = popup.getByTestId('contact');
    await contacts.first().waitFor();
    const text = await contacts.allTextContents();
    expect(text.some((t) => t.includes('editor@rooftophive.example') && t.includes('mailto'))).toBe(true);
    expect(text.some((t) => t.includes('+442079460321'))).toBe(true);
    await screenshot(popup, 'popup-contacts');
    expect(await axeViolations(popup)).toEqual([]);

    await popup.getByRole('tab', { name: 'Page' }).click();
    const kind = popup.getByTestId('page-kind');
    await kind.waitFor();
    expect(await kind.getAttribute('data-kind')).toBeTruthy();
    await screenshot(popup, 'popup-page');
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('moves between tabs with the arrow keys', async () => {
    const { popup } = await h.popupFor('/demo/');
    await popup.getByRole('tab', { name: /Links/ }).focus();
    await popup.keyboard.press('ArrowRight');
    expect(await popup.getByRole('tab', { name: /Contacts/ }).getAttribute('aria-selected')).toBe('true');
    await popup.keyboard.press('ArrowRight');
    expect(await popup.getByRole('tab', { name: 'Page' }).getAttribute('aria-selected')).toBe('true');
    await popup.keyboard.press('ArrowRight');
    expect(await popup.getByRole('tab', { name: /Links/ }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('highlighting links on the page', () => {
  it('outlines outbound links by type with a legend, without moving the page, and removes every trace', async () => {
    const { page, popup } = await h.popupFor('/demo/');
    await popup.getByTestId('domain-group').first().waitFor();
    const before = await page.evaluate(() => ({
      html: document.documentElement.outerHTML,
      boxes: Array.from(document.querySelectorAll('a')).map((a) => {
        const r = a.getBoundingClientRect();
        return [r.x, r.y, r.width, r.height];
      }),
    }));

    const toggle = popup.getByRole('button', { name: 'Highlight' });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    const marks = (await drawnMarks(h, popupTabId(popup))) ?? [];
    const byHref = Object.fromEntries(marks.map((m) => [m.href, m.kind]));
    expect(byHref['https://www.thorne.co.uk/hives']).toBe('sponsored');
    expect(byHref['https://www.reddit.com/r/Beekeeping/']).toBe('ugc');
    expect(byHref['https://www.beeculture.com/']).toBe('follow');
    expect(byHref['/guides/']).toBeUndefined(); // internal links stay unmarked
    // One plain overlay element holds the marks and the legend; the page's own elements are untouched.
    expect(await page.evaluate(() => document.documentElement.lastElementChild?.tagName)).toBe('DIV');
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(before.html.slice(before.html.indexOf('<body'), before.html.lastIndexOf('</body>') + 7));
    const during = await page.evaluate(() =>
      Array.from(document.querySelectorAll('a')).map((a) => {
        const r = a.getBoundingClientRect();
        return [r.x, r.y, r.width, r.height];
      }),
    );
    expect(during).toEqual(before.boxes);
    await screenshot(page, 'page-highlighted');

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    const after = await page.evaluate(() => document.documentElement.outerHTML);
    expect(after).toBe(before.html);
    expect(await drawnMarks(h, popupTabId(popup))).toBeNull();
    const outlines = await page.evaluate(() => Array.from(document.querySelectorAll('a')).map((a) => getComputedStyle(a).outlineStyle));
    expect(outlines.every((o) => o === 'none')).toBe(true);
  });
});
