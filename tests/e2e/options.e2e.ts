import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('options page', () => {
  it('rejects invalid settings with an explanation in place, and keeps nothing of them', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await page.getByLabel('Your domains').fill('good-site.com\nnot a domain!');
    await page.getByLabel('Timeout (seconds)').fill('500');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('"not a domain!" is not a domain name').waitFor();
    await page.getByText('Enter a timeout between 1 and 60 seconds').waitFor();
    expect(await page.getByLabel('Your domains').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'options-invalid');
    const stored = await h.worker.evaluate(async () => {
      type Area = { get: (key: string) => Promise<unknown> };
      const ext = (globalThis as unknown as { chrome: { storage: { sync: Area; local: Area } } }).chrome;
      return [await ext.storage.sync.get('settings'), await ext.storage.local.get('settings')];
    });
    expect(stored).toEqual([{}, {}]);
  });

  it('keeps the one-click link opt-in off until ticked, then saves it and shows it ticked after a reload', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    const box = page.getByRole('checkbox', { name: /Check one-click links that carry a token/ });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    await page.reload();
    await page.getByLabel('Your domains').waitFor();
    expect(await page.getByRole('checkbox', { name: /Check one-click links that carry a token/ }).isChecked()).toBe(true);
    await screenshot(page, 'options-one-click');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'options-one-click-dark');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    const stored = await h.worker.evaluate(async () => {
      const ext = (globalThis as unknown as { chrome: { storage: { local: { get: (key: string) => Promise<Record<string, { checker?: { allowOneClickLinks?: unknown } }>> } } } }).chrome;
      return (await ext.storage.local.get('settings')).settings?.checker?.allowOneClickLinks;
    });
    expect(stored).toBe(true);
    await page.getByRole('checkbox', { name: /Check one-click links that carry a token/ }).uncheck();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
  });

  it('saves normalised settings that the popup then uses to flag links to my site', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await page.getByLabel('Your domains').fill('https://www.BBKA.org.uk/about\nbeeculture.com');
    await page.getByLabel('Niche keywords').fill('Beekeeping\nhive');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    expect(await page.getByLabel('Your domains').inputValue()).toBe('bbka.org.uk\nbeeculture.com');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'options-saved');

    const { popup } = await h.popupFor('/demo/');
    await popup.getByTestId('domain-group').first().waitFor();
    await popup.getByLabel('Show').selectOption('own');
    await expect.poll(() => popup.locator('[data-testid="link-row"] a.url').allTextContents()).toEqual([
      'https://www.bbka.org.uk/starting-out',
      'https://www.bbka.org.uk/',
      'https://www.beeculture.com/',
    ]);
    await popup.getByRole('tab', { name: 'Page' }).click();
    await popup.getByRole('table').waitFor();
    expect(await popup.getByRole('cell', { name: 'beekeeping' }).count()).toBe(1);
  });
});
