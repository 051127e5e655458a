import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('popup: outbound links of the current page', () => {
  it('lists exactly the outbound links of a fixture page, grouped by domain with counts and rel badges', async () => {
    const { popup } = await h.popupFor('/pages/links.html');
    await popup.getByTestId('domain-group').first().waitFor();
    const groups = await popup.getByTestId('domain-group').evaluateAll((els) =>
      els.map((g) => ({
        domain: g.getAttribute('data-domain'),
        urls: Array.from(g.querySelectorAll('a.url')).map((a) => a.getAttribute('href')),
      })),
    );
    expect(groups).toEqual([
      { domain: 'example.com', urls: ['https://alpha.example.com/one', 'https://www.alpha.example.com/two'] },
      { domain: 'example.net', urls: ['https://gamma.example.net/'] },
      { domain: 'example.org', urls: ['http://beta.example.org/path'] },
    ]);
    // alpha one appears three times on the page (twice as text, once as an image link)
    await expect.poll(() => popup.getByText('×3').count()).toBe(1);
    expect(await popup.getByTestId('total-outbound').textContent()).toBe('6');
    expect(await popup.getByTestId('total-internal').textContent()).toBe('3');
    expect(await popup.getByTestId('total-domains').textContent()).toBe('3');
    expect(await popup.getByTestId('total-links').textContent()).toBe('9');
    // 6 outbound: alpha one ×3 follow, alpha two nofollow, beta sponsored, gamma ugc
    expect(await popup.getByTestId('follow-share').textContent()).toBe('Outbound: follow 50% · nofollow 17% · sponsored 17% · ugc 17%');
    const badges = await popup.locator('.badge.nofollow, .badge.sponsored, .badge.ugc').allTextContents();
    expect(badges.sort()).toEqual(['nofollow', 'sponsored', 'ugc']);
    await screenshot(popup, 'popup-links');
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('switches to internal links and says so when a page has no outbound links', async () => {
    const { popup } = await h.popupFor('/pages/no-outbound.html');
    await popup.getByText('No outbound links on this page', { exact: false }).waitFor();
    await popup.getByLabel('Show').selectOption('internal');
    await expect.poll(() => popup.getByTestId('link-row').count()).toBe(3);
    await screenshot(popup, 'popup-internal');
  });

  it('explains that browser pages cannot be scanned', async () => {
    const { popup } = await h.popupFor('chrome://version/');
    const message = popup.getByTestId('restricted-message');
    await message.waitFor();
    expect(await message.textContent()).toContain('browser page');
    expect(await popup.getByTestId('link-row').count()).toBe(0);
    await screenshot(popup, 'popup-restricted');
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('explains that a PDF cannot be scanned', async () => {
    const { popup } = await h.popupFor('/pages/document.pdf');
    const message = popup.getByTestId('restricted-message');
    await message.waitFor();
    expect(await message.textContent()).toContain('PDF');
  });
});
