import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { axeViolations, screenshot, SCREENSHOTS, startHarness, type Harness } from './harness';

type Ext = {
  chrome: {
    alarms: { create: (name: string, info: { when: number }) => Promise<void> };
    notifications: { getAll: () => Promise<Record<string, boolean>> };
  };
};

interface StoredProspect {
  id: string;
  status: string;
  followUpAt: number | null;
  history: { kind: string; step?: number; templateName?: string }[];
}

/** Every prospect straight from IndexedDB in the service worker. */
function prospects(worker: Worker): Promise<StoredProspect[]> {
  return worker.evaluate(async () => {
    const open = indexedDB.open('linkscout');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<StoredProspect[]>((resolve) => {
      const req = db.transaction('prospects').objectStore('prospects').getAll();
      req.onsuccess = () => resolve(req.result as StoredProspect[]);
    });
    db.close();
    return rows;
  });
}

let h: Harness;
let page: Page;
let dashboard: string;
let prospectId = '';

beforeAll(async () => {
  h = await startHarness();
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await h.context.newPage();
  dashboard = `chrome-extension://${h.extensionId}/dashboard.html`;
});
afterAll(async () => {
  await h?.close();
});

async function view(name: string) {
  await page.goto(dashboard);
  await page.getByRole('navigation', { name: 'Dashboard sections' }).getByRole('button', { name, exact: true }).click();
}

describe('outreach', () => {
  it('sets who the e-mails come from in the options', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel('Your name').fill('Sam Rivers');
    await options.getByLabel('Your site').fill('sam.example');
    await options.getByLabel('Gmail account').fill('1');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Settings saved.').waitFor();
    await options.close();
  });

  it('creates a template with a follow-up step', async () => {
    const { popup } = await h.popupFor('/demo/');
    await popup.getByRole('button', { name: 'Save prospect' }).click();
    await popup.getByTestId('saved-mark').waitFor();
    prospectId = (await prospects(h.worker))[0]?.id ?? '';
    expect(prospectId).not.toBe('');

    await view('Templates');
    await page.getByRole('button', { name: 'Duplicate Broken link: suggest a replacement' }).waitFor();
    await page.getByRole('button', { name: 'New template' }).click();
    await page.getByLabel('Template name').fill('Beekeeping pitch');
    await page.getByLabel('Subject (step 1)').fill('About {page_title|your page}');
    await page.getByLabel('Body (step 1)').fill('Hi {first_name|there},\n\nI enjoyed {page_title}: I am {my_name} of {my_site}.');
    await page.getByLabel('Body (step 1)').fill('Hi {first_name|there},\n\nI enjoyed {page_title: I am {my_name}.');
    await expect.poll(() => page.getByRole('alert', { name: 'Fix before saving' }).textContent()).toContain('never closed');
    await page.getByLabel('Body (step 1)').fill('Hi {first_name|there},\n\nI enjoyed {page_title}: I am {my_name} of {my_site}.');
    await page.getByRole('button', { name: 'Add a follow-up step' }).click();
    await page.getByLabel('Wait before step 2 (days)').fill('0');
    await page.getByLabel('Body (step 2)').fill('Any thoughts, {first_name|there}?');
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByText('Saved “Beekeeping pitch”.').waitFor();
    await page.getByRole('list', { name: 'Templates' }).getByRole('button', { name: 'Beekeeping pitch', exact: true }).waitFor();
    await screenshot(page, 'templates-editor');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('composes for the saved prospect: Gmail, the mail app and the clipboard', async () => {
    await view('Prospects');
    await page.goto(`${dashboard}#prospect=${encodeURIComponent(prospectId)}`);
    const detail = page.getByTestId('detail');
    await detail.getByText('Compose e-mail').click();
    await detail.getByLabel('Template', { exact: true }).selectOption({ label: 'Beekeeping pitch' });
    const gmail = detail.getByRole('link', { name: 'Open in Gmail' });
    const href = (await gmail.getAttribute('href')) ?? '';
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/u/1/');
    expect(url.searchParams.get('to')).toBe('editor@rooftophive.example');
    expect(url.searchParams.get('su')).toMatch(/^About Urban Beekeeping/);
    expect(url.searchParams.get('body')).toMatch(/^Hi Maya,\n\nI enjoyed Urban Beekeeping.*: I am Sam Rivers of https:\/\/sam\.example\.$/);
    // The test browser is kept off the network: the compose request is seen, then refused.
    const [request] = await Promise.all([h.context.waitForEvent('request', (r) => r.url().startsWith('https://mail.google.com/')), gmail.click()]);
    expect(request.url()).toBe(href);

    const mailto = (await detail.getByRole('link', { name: 'Open in mail app' }).getAttribute('href')) ?? '';
    expect(mailto).toMatch(/^mailto:editor@rooftophive\.example\?subject=About%20Urban%20Beekeeping/);
    expect(mailto).toContain('&body=Hi%20Maya%2C%0D%0A%0D%0AI%20enjoyed');
    expect(mailto).not.toContain('+');

    await detail.getByRole('button', { name: 'Copy subject and body' }).click();
    await detail.getByText('Copies the subject and body.').waitFor();
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toMatch(/^Subject: About Urban Beekeeping.*\n\nHi Maya,\n\nI enjoyed/);
    await screenshot(page, 'compose');
    // The panel alone, for the README.
    await detail.locator('.detail-compose').screenshot({ path: join(SCREENSHOTS, 'compose-panel.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await detail.getByRole('region', { name: 'Compose' }).screenshot({ path: join(SCREENSHOTS, 'compose-panel-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('marks sent: contacted, history, follow-up set, and the reminder fires', async () => {
    const detail = page.getByTestId('detail');
    await detail.getByRole('button', { name: 'Mark step 1 sent' }).click();
    await detail.getByText(/^Marked step 1 as sent\. Follow-up reminder set for/).waitFor();
    const [stored] = await prospects(h.worker);
    expect(stored?.status).toBe('contacted');
    expect(stored?.followUpAt).toBeLessThanOrEqual(Date.now());
    expect(stored?.history.at(-1)).toMatchObject({ kind: 'sent', step: 0, templateName: 'Beekeeping pitch' });
    await detail.getByText('Sent: step 1 of “Beekeeping pitch”').waitFor();
    await detail.getByRole('button', { name: 'Mark step 2 sent' }).waitFor();

    await h.worker.evaluate(() => (globalThis as unknown as Ext).chrome.alarms.create('linkscout-followups', { when: Date.now() + 200 }));
    await expect
      .poll(async () => Object.keys(await h.worker.evaluate(() => (globalThis as unknown as Ext).chrome.notifications.getAll())), { timeout: 15_000 })
      .toContain(`linkscout-followup:${prospectId}`);

    // The popup on the saved page continues the same sequence.
    const { popup } = await h.popupFor('/demo/');
    await popup.getByText('Compose e-mail').click();
    await popup.getByRole('button', { name: 'Mark step 2 sent' }).waitFor();
    expect(await popup.getByTestId('pacing').textContent()).toBe('1 sent today');
    await screenshot(popup, 'popup-compose');
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('do-not-contact blocks compose and shows the badge in the dashboard and the popup', async () => {
    await view('Do not contact');
    await page.getByLabel('Domain or e-mail address').fill('Editor@RooftopHive.example');
    await page.getByLabel('Reason (optional)').fill('Asked not to be contacted');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('list', { name: 'Do-not-contact entries' }).getByText('editor@rooftophive.example').waitFor();
    await screenshot(page, 'do-not-contact');

    await page.getByRole('navigation', { name: 'Dashboard sections' }).getByRole('button', { name: 'Prospects' }).click();
    await page.getByTestId('prospect-row').getByTestId('dnc-badge').waitFor();
    await page.goto(`${dashboard}#prospect=${encodeURIComponent(prospectId)}`);
    await page.getByTestId('detail').getByTestId('dnc-badge').waitFor();
    await page.getByTestId('detail').getByText('Compose e-mail').click();
    const blocked = page.getByTestId('compose-blocked');
    await blocked.waitFor();
    expect(await blocked.textContent()).toContain('editor@rooftophive.example is on your do-not-contact list (Asked not to be contacted)');
    expect(await page.getByRole('link', { name: 'Open in Gmail' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Mark step/ }).count()).toBe(0);

    const { popup } = await h.popupFor('/demo/');
    await popup.getByTestId('dnc-badge').waitFor();
  });

  it('keeps templates and the do-not-contact list through backup and restore', async () => {
    await view('Export & import');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON backup (everything)' }).click()]);
    const text = readFileSync(await file.path(), 'utf8');
    expect(JSON.parse(text).templates.map((t: { name: string }) => t.name)).toContain('Beekeeping pitch');

    await view('Templates');
    await page.getByRole('button', { name: 'Delete Beekeeping pitch' }).click();
    await page.getByText('Deleted “Beekeeping pitch”.').waitFor();
    await view('Do not contact');
    await page.getByRole('button', { name: 'Remove editor@rooftophive.example' }).click();
    await page.getByText('Nobody is on the list.').waitFor();

    await view('Export & import');
    await page.getByLabel('Restore a JSON backup: merged into what is here, newer records win').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByText(/Backup restored\..*Templates: 1 added.*Do-not-contact entries: 1 added/).waitFor();
    await view('Templates');
    await page.getByRole('list', { name: 'Templates' }).getByRole('button', { name: 'Beekeeping pitch', exact: true }).waitFor();
    await view('Do not contact');
    await page.getByRole('list', { name: 'Do-not-contact entries' }).getByText('editor@rooftophive.example').waitFor();
  });

  it('keeps the send log through backup and restore: the pacing count comes back in a browser that lost it', async () => {
    await view('Export & import');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON backup (everything)' }).click()]);
    const text = readFileSync(await file.path(), 'utf8');
    expect(JSON.parse(text).sendLog).toMatchObject([{ prospectId, step: 0, templateName: 'Beekeeping pitch', to: expect.any(String) }]);

    await h.worker.evaluate(async () => {
      const open = indexedDB.open('linkscout');
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise((resolve) => {
        const req = db.transaction('sendLog', 'readwrite').objectStore('sendLog').clear();
        req.onsuccess = resolve;
      });
      db.close();
    });
    await page.getByLabel('Restore a JSON backup: merged into what is here, newer records win').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByText(/Backup restored\..*Sent e-mails: 1 added, 0 updated, 0 skipped\./).waitFor();

    const { popup } = await h.popupFor('/demo/');
    await popup.getByText('Compose e-mail').click();
    await expect.poll(() => popup.getByTestId('pacing').textContent(), { timeout: 15_000 }).toBe('1 sent today');
  });

  it('Replied from the row’s status menu ends the follow-up like the outreach panel’s Replied, with a history note', async () => {
    const [before] = await prospects(h.worker);
    expect(before?.followUpAt).not.toBeNull(); // set when step 1 was marked sent
    await view('Prospects');
    const row = page.locator(`[data-id="${prospectId}"]`);
    expect(await row.locator('button.followup-button').textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
    await row.locator('select.status-select').selectOption('replied');
    await expect.poll(async () => (await prospects(h.worker))[0]?.followUpAt).toBeNull();
    await expect.poll(() => row.locator('button.followup-button').textContent(), { timeout: 10_000 }).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await row.locator('button.followup-button.unset').count()).toBe(1);
    await page.goto(`${dashboard}#prospect=${encodeURIComponent(prospectId)}`);
    const history = page.getByTestId('detail').getByTestId('history');
    await history.getByText('Status: Contacted → Replied').waitFor();
    await history.getByText(/Follow-up: the reminder for \d{4}-\d{2}-\d{2} was removed: a reply ends the follow-up/).waitFor();
  });
});
