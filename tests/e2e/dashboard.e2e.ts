import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prospect, ProspectStatus } from '@/lib/schemas/prospect';
import { writeProspectsInPage } from '../../scripts/lib/bench-store-seed.mjs';
import { axeViolations, screenshot, startHarness, type Harness } from './harness';

const STATUSES: ProspectStatus[] = ['new', 'qualified', 'contacted', 'followed-up', 'replied', 'won', 'lost', 'do-not-contact'];
const WORDS = ['garden', 'compost', 'seeds', 'tools', 'guide'];
const N = 120;
const BASE = Date.UTC(2025, 0, 1);
const FORMULA_TITLE = '=HYPERLINK("https://evil.test","click")';

/** 120 prospects whose statuses, words and scores the assertions below can count. */
function seedRecord(i: number): Prospect {
  const domain = `site${i % 10}.test`;
  const url = `https://${domain}/${WORDS[i % 5]}/${i}`;
  return {
    id: `e2e-${String(i).padStart(3, '0')}`, url, normalizedUrl: url, domain,
    title: i === 7 ? FORMULA_TITLE : `${WORDS[i % 5]} page ${i}`,
    opportunityType: i % 2 ? 'resource-page' : 'guest-post', status: STATUSES[i % 8] as ProspectStatus,
    campaignId: null, tags: i % 3 === 0 ? ['priority'] : [],
    contacts: i % 4 === 0 ? [{ kind: 'email', value: `editor${i}@${domain}`, source: 'mailto link' }] : [],
    brokenLinks: i === 3 ? [{ url: 'https://gone.test/old', anchorText: 'old guide', httpStatus: 404, statusClass: 'broken' }] : [],
    linksToMySite: [], relevance: (i * 37) % 101, spamScore: 5, spamSignals: [], toxic: i % 30 === 0,
    notes: i === 11 ? 'Met at the beekeeping fair' : '', followUpAt: null,
    createdAt: BASE + i * 60_000, updatedAt: BASE + i * 60_000, history: [],
  };
}
const RECORDS = Array.from({ length: N }, (_, i) => seedRecord(i));

let h: Harness;
let page: Page;
let url: string;

const rows = () => page.getByTestId('prospect-row');
const rowCount = () => page.getByTestId('row-count').textContent();
const column = (n: number) => page.locator(`[data-testid="prospect-row"] td:nth-child(${n})`).allTextContents();
const statusValues = () => page.locator('[data-testid="prospect-row"] select.status-select').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));

async function open(hash = '') {
  await page.goto(`${url}${hash}`);
  await page.locator('[data-testid="prospect-row"], [data-testid="empty-all"], [data-testid="empty-filtered"]').first().waitFor();
}

async function download(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

beforeAll(async () => {
  h = await startHarness();
  page = await h.context.newPage();
  url = `chrome-extension://${h.extensionId}/dashboard.html`;
});
afterAll(async () => {
  await h?.close();
});

describe('prospects dashboard', () => {
  it('shows the empty state before anything is saved', async () => {
    await open();
    await page.getByTestId('empty-all').getByText('No prospects yet').waitFor();
    await page.getByText('Open any page, click the Linkscout icon and Save prospect.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-empty');
  });

  it('lists seeded prospects fifty to a page with the total', async () => {
    expect(await page.evaluate(writeProspectsInPage, { records: RECORDS })).toBe(N);
    await open();
    expect(await rows().count()).toBe(50);
    await expect.poll(rowCount).toBe(`1–50 of ${N} prospects`);
    // Default order: most recently updated first.
    expect((await page.locator('[data-testid="prospect-row"]').first().getAttribute('data-id'))).toBe('e2e-119');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(rowCount).toBe(`51–100 of ${N} prospects`);
    await page.getByRole('button', { name: 'Last page' }).click();
    await expect.poll(() => rows().count()).toBe(20);
    await page.getByRole('button', { name: 'First page' }).click();
    await expect.poll(rowCount).toBe(`1–50 of ${N} prospects`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-table');
  });

  it('reads the opening page before its own code has loaded (public/open-early.js), the same rows in the same order', async () => {
    const fresh = await h.context.newPage();
    // What the early read found, copied as it is announced (the list may take it over).
    await fresh.addInitScript(() => {
      addEventListener('linkscout-first-page', () => {
        const read = (globalThis as unknown as { linkscoutFirstPage?: { count: number; rows: { id: string }[] } }).linkscoutFirstPage;
        Object.assign(globalThis, { earlyIds: read?.rows.map((r) => r.id) ?? null, earlyCount: read?.count });
      });
    });
    await fresh.goto(url);
    await fresh.getByTestId('prospect-row').first().waitFor();
    await expect.poll(() => fresh.evaluate(() => (globalThis as unknown as { earlyIds?: string[] }).earlyIds ?? null), { timeout: 15_000 }).not.toBeNull();
    const early = await fresh.evaluate(() => {
      const { earlyIds, earlyCount } = globalThis as unknown as { earlyIds: string[]; earlyCount: number };
      return { earlyIds, earlyCount };
    });
    expect(early.earlyCount).toBe(51);
    // Newest first, one row past the page (which tells the pager there is a next page).
    expect(early.earlyIds).toEqual([...RECORDS].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, 51).map((r) => r.id));
    // The table draws a screenful first and the rest of the page in the next frame.
    await expect.poll(() => fresh.getByTestId('prospect-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))), { timeout: 5000 }).toEqual(early.earlyIds.slice(0, 50));
    await fresh.close();
  });

  it('narrows the rows by filter and by search, and says when nothing matches', async () => {
    await page.getByLabel('Status', { exact: true }).selectOption('won');
    const won = RECORDS.filter((r) => r.status === 'won').length;
    await expect.poll(rowCount).toBe(`1–${won} of ${won} prospects`);
    await expect.poll(async () => new Set(await statusValues())).toEqual(new Set(['won']));
    await page.getByRole('button', { name: 'Clear filters' }).click();

    await page.getByLabel('E-mail', { exact: true }).selectOption('yes');
    await page.getByLabel('Tag', { exact: true }).focus();
    await page.getByLabel('Tag', { exact: true }).selectOption('priority');
    const both = RECORDS.filter((r) => r.contacts.length > 0 && r.tags.includes('priority')).length;
    await expect.poll(rowCount).toBe(`1–${both} of ${both} prospects`);
    await page.getByRole('button', { name: 'Clear filters' }).click();

    await page.getByLabel('Search').fill('beekeeping');
    await expect.poll(() => column(2)).toEqual([`${RECORDS[11]?.title}${RECORDS[11]?.url}`]);
    await page.getByLabel('Search').fill('compost');
    const compost = RECORDS.filter((r) => r.url.includes('compost')).length;
    await expect.poll(rowCount).toBe(`1–${compost} of ${compost} prospects`);

    await page.getByLabel('Search').fill('zzzz-nothing');
    await page.getByTestId('empty-filtered').getByText('No prospect matches these filters').waitFor();
    await page.getByTestId('empty-filtered').getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(rowCount).toBe(`1–50 of ${N} prospects`);
    expect(await page.getByLabel('Search').inputValue()).toBe('');
  });

  it('sorts by a column header, flipping on the second click', async () => {
    const relevance = page.getByRole('columnheader', { name: /Relevance/ });
    await relevance.getByRole('button').click();
    await expect.poll(() => relevance.getAttribute('aria-sort')).toBe('descending');
    const desc = [...RECORDS].map((r) => r.relevance).sort((a, b) => b - a).slice(0, 50).map(String);
    await expect.poll(() => column(9)).toEqual(desc);
    await relevance.getByRole('button').click();
    await expect.poll(() => relevance.getAttribute('aria-sort')).toBe('ascending');
    const asc = [...RECORDS].map((r) => r.relevance).sort((a, b) => a - b).slice(0, 50).map(String);
    await expect.poll(() => column(9)).toEqual(asc);
    expect(await page.getByRole('columnheader', { name: /Updated/ }).getAttribute('aria-sort')).toBe('none');
    await page.getByRole('columnheader', { name: /Domain/ }).getByRole('button').click();
    const byDomain = [...RECORDS].sort((a, b) => (a.domain === b.domain ? (a.id < b.id ? -1 : 1) : a.domain < b.domain ? -1 : 1));
    // The domain cell may also hold a "Do not contact" badge.
    await expect.poll(async () => (await column(3)).map((t) => t.replace(/Do not contact.*$/, ''))).toEqual(byDomain.slice(0, 50).map((r) => r.domain));
    await page.getByRole('columnheader', { name: /Updated/ }).getByRole('button').click();
    // Back to the default order before the next test reads row ids from the page.
    await expect.poll(() => rows().first().getAttribute('data-id')).toBe('e2e-119');
  });

  it('changes the status of selected rows, and deletes them with an Undo', async () => {
    const ids = await rows().evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-id') ?? ''));
    for (const id of ids.slice(0, 2)) await page.locator(`[data-id="${id}"] input[type="checkbox"]`).check();
    await page.getByTestId('bulk-bar').getByText('2 prospects selected').waitFor();
    await page.getByLabel('Status', { exact: true }).last().selectOption('qualified');
    await page.getByTestId('bulk-bar').getByRole('button', { name: 'Set status' }).click();
    await page.getByTestId('toast').getByText('Status set on 2 prospects.').waitFor();
    for (const id of ids.slice(0, 2)) await expect.poll(() => page.locator(`[data-id="${id}"] select.status-select`).inputValue()).toBe('qualified');

    await page.getByLabel('Select all on this page').check();
    await page.getByTestId('bulk-bar').getByText('50 prospects selected').waitFor();
    await page.getByTestId('bulk-bar').getByRole('button', { name: 'Clear selection' }).click();
    for (const id of ids) await page.locator(`[data-id="${id}"] input[type="checkbox"]`).check();
    await page.getByRole('button', { name: 'Delete 3 prospects' }).click();
    await page.getByTestId('toast').getByText('Deleted 3 prospects.').waitFor();
    await expect.poll(rowCount).toBe(`1–50 of ${N - 3} prospects`);
    expect(await page.locator(`[data-id="${ids[0]}"]`).count()).toBe(0);
    await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
    await page.getByTestId('toast').getByText('Restored 3 prospects.').waitFor();
    await expect.poll(rowCount).toBe(`1–50 of ${N} prospects`);
    // Restored as they were, the status change included.
    await expect.poll(() => page.locator(`[data-id="${ids[0]}"] select.status-select`).inputValue()).toBe('qualified');
  });

  it('keeps an inline status and follow-up edit after a reload', async () => {
    const row = page.locator('[data-id="e2e-050"]');
    await page.getByLabel('Search').fill('page 50');
    await row.waitFor();
    await row.locator('select.status-select').selectOption('replied');
    // The follow-up date is a button until clicked; then a focused date field, a button again once left.
    await row.getByRole('button', { name: /^Follow-up date of / }).click();
    const field = row.locator('input.followup-input');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
    await field.fill('2025-06-15');
    // A click elsewhere leaves the field (and closes its calendar): the button shows the new date.
    await row.locator('td.col-date').click();
    await expect.poll(() => row.locator('button.followup-button').textContent(), { timeout: 10_000 }).toContain('2025-06-15');
    // From the keyboard: Enter opens the field, Escape closes it and gives focus back to the button.
    await row.locator('button.followup-button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('followup-button')), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => row.locator('td').last().textContent()).not.toBe('2025-01-01');
    await open();
    await page.getByLabel('Search').fill('page 50');
    await row.waitFor();
    expect(await row.locator('select.status-select').inputValue()).toBe('replied');
    expect(await row.locator('button.followup-button').textContent()).toContain('2025-06-15');
  });

  it('opens the detail view from #prospect=<id>, records status history, closes on Escape', async () => {
    await open('#prospect=e2e-003');
    const detail = page.getByTestId('detail');
    await detail.getByRole('heading', { name: RECORDS[3]?.title }).waitFor();
    await detail.getByText('https://gone.test/old').waitFor();
    await detail.getByText('No status changes yet.').waitFor();
    await detail.getByLabel('Status', { exact: true }).selectOption('contacted');
    await detail.getByTestId('history').getByText('Status: Followed up → Contacted').waitFor();
    await detail.getByLabel('Tags (comma-separated)').fill('priority, cold');
    await detail.getByLabel('Tags (comma-separated)').press('Tab');
    await detail.getByLabel('New contact').fill('Ann@Site3.test');
    await detail.getByRole('button', { name: 'Add contact' }).click();
    await detail.locator('.contact-list').getByText('ann@site3.test').waitFor();
    await detail.getByLabel('Toxic: list this domain in disavow.txt').check();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-detail');
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => location.hash)).toBe('');
    await page.getByLabel('Search').fill('ann@site3');
    await expect.poll(() => rows().evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(['e2e-003']);
    const tags = await page.locator('[data-id="e2e-003"] .col-tags').textContent();
    expect(tags).toBe('prioritycold');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByTestId('prospect-row').first().getByRole('button').first().click();
    await detail.waitFor();
    expect(await page.evaluate(() => location.hash)).toMatch(/^#prospect=e2e-/);
    await detail.getByRole('button', { name: 'Close details' }).click();
    await detail.waitFor({ state: 'detached' });
  });

  it('exports a CSV that parses back, with a BOM, the stable header and formulas neutralised', async () => {
    await page.getByRole('button', { name: 'Export & import' }).click();
    // The full export is written by dedicated workers, each a slice of creation time.
    const workers: string[] = [];
    const onWorker = (worker: { url: () => string }) => workers.push(worker.url());
    page.on('worker', onWorker);
    const { name, text } = await download(() => page.getByRole('button', { name: /^CSV: all prospects/ }).click());
    page.off('worker', onWorker);
    expect(workers.length).toBeGreaterThanOrEqual(3);
    expect(workers.every((w) => /\/assets\/csv-export-worker-[\w-]+\.js$/.test(w))).toBe(true);
    expect(name).toMatch(/^linkscout-prospects-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...body] = parsed.data;
    expect(header).toEqual([
      'prospect_id', 'url', 'domain', 'title', 'opportunity_type', 'status', 'campaign', 'tags',
      'contact_emails', 'contact_sources', 'contact_page_url', 'social_profiles', 'contact_name',
      'broken_links', 'links_to_my_site', 'relevance', 'spam_signals', 'notes', 'follow_up_at',
      'created_at', 'updated_at',
    ]);
    expect(body).toHaveLength(N);
    // Oldest first, as one read of the whole store gives them, though the slices were written at once.
    expect(body.map((r) => r[0])).toEqual(RECORDS.map((r) => r.id));
    const formula = body.find((r) => r[0] === 'e2e-007');
    expect(formula?.[3]).toBe(`'${FORMULA_TITLE}`);
    expect(body.find((r) => r[0] === 'e2e-003')?.[5]).toBe('contacted');
    await page.getByTestId('transfer-status').getByText(`Exported ${N} prospects to CSV.`).waitFor();

    const disavow = await download(() => page.getByRole('button', { name: /disavow\.txt/ }).click());
    expect(disavow.name).toBe('disavow.txt');
    const toxic = [...new Set([...RECORDS.filter((r) => r.toxic).map((r) => r.domain), 'site3.test'])].sort();
    expect(disavow.text.split('\n').filter((l) => l.startsWith('domain:'))).toEqual(toxic.map((d) => `domain:${d}`));
  });

  it('previews a CSV import, reports bad rows by line number, asks about conflicts, and imports the good ones', async () => {
    const csv = [
      'url,title,status,email,tags',
      'https://fresh-one.test/resources,Fresh resources,new,ed@fresh-one.test,imported',
      'https://bad-status.test/,Bad status,maybe,,',
      '',
      'mailto:ed@x.test,Not a page,new,,',
      `${RECORDS[5]?.url},Renamed by import,won,,`,
      'https://fresh-two.test/links,Fresh links,qualified,,imported',
    ].join('\n');
    await page.getByLabel(/Import a CSV file/).setInputFiles({ name: 'prospects.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await preview.getByTestId('preview-new').textContent()).toBe('3 new');
    expect(await preview.getByTestId('preview-updates').textContent()).toBe('1 merged');
    expect(await preview.getByTestId('preview-errors').textContent()).toBe('1 with errors (skipped)');
    // An unknown stage is not an error: the mapping table says it is left alone.
    await preview.getByTestId('stage-map').getByRole('row', { name: /maybe not recognised/ }).waitFor();
    await preview.getByText('Line 5: "mailto:ed@x.test" is not an http(s) URL').waitFor();
    const title = preview.getByRole('group', { name: 'Title differs' });
    expect(await title.getByRole('radio', { name: `Keep mine: ${RECORDS[5]?.title}` }).isChecked()).toBe(true);
    await title.getByRole('radio', { name: "Take the file's: Renamed by import" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-import-preview');
    await preview.getByRole('button', { name: 'Apply: 3 new, 1 merged' }).click();
    await page.getByTestId('transfer-status').getByText('Imported: 3 added, 0 updated, 0 campaigns created; 1 line with errors skipped.').waitFor();
    await page.getByRole('button', { name: 'Prospects', exact: true }).click();
    await page.getByLabel('Tag', { exact: true }).focus();
    await page.getByLabel('Tag', { exact: true }).selectOption('imported');
    await expect.poll(async () => (await column(3)).sort()).toEqual(['fresh-one.test', 'fresh-two.test']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(rowCount).toBe(`1–50 of ${N + 3} prospects`);
  });

  it('restores a JSON backup after "delete all data", and explains a bad backup', async () => {
    await page.getByRole('button', { name: 'Export & import' }).click();
    const backup = await download(() => page.getByRole('button', { name: 'JSON backup (everything)' }).click());
    expect(JSON.parse(backup.text).prospects).toHaveLength(N + 3);

    await page.getByRole('button', { name: 'Delete all data…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete all data?' });
    const go = confirm.getByRole('button', { name: 'Delete all data' });
    expect(await go.isDisabled()).toBe(true);
    await confirm.getByLabel('Type DELETE to confirm').fill('delete');
    expect(await go.isDisabled()).toBe(true);
    await confirm.getByLabel('Type DELETE to confirm').fill('DELETE');
    await go.click();
    await page.getByTestId('transfer-status').getByText('All data deleted.').waitFor();
    await page.getByTestId('total-all').getByText('0 saved').waitFor();

    const restoreInput = page.getByLabel(/Restore a JSON backup/);
    const broken = JSON.parse(backup.text);
    broken.prospects[1].status = 'pending';
    await restoreInput.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByRole('alert').getByText(/prospect #2 \(id .+\) is invalid — status: .*Nothing was changed\./).waitFor();

    await restoreInput.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup.text) });
    await page.getByTestId('transfer-status').getByText(`Backup restored. Prospects: ${N + 3} added, 0 updated, 0 skipped. Campaigns: 0 added, 0 updated, 0 skipped.`).waitFor();
    await page.getByRole('button', { name: 'Prospects', exact: true }).click();
    await expect.poll(rowCount).toBe(`1–50 of ${N + 3} prospects`);
    await page.getByLabel('Search').fill('page 50');
    expect(await page.locator('[data-id="e2e-050"] select.status-select').inputValue()).toBe('replied');
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('stays usable at 800 px wide', async () => {
    await page.setViewportSize({ width: 800, height: 800 });
    await open();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await screenshot(page, 'dashboard-800');
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
