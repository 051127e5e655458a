import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prospect } from '@/lib/schemas/prospect';
import { writeProspectsInPage } from '../../scripts/lib/bench-store-seed.mjs';
import { axeViolations, screenshot, startHarness, type Harness } from './harness';

const BASE = Date.UTC(2025, 0, 1);
function saved(id: string, url: string, overrides: Partial<Prospect> = {}): Prospect {
  const domain = new URL(url).hostname.replace(/^www\./, '');
  return {
    id, url, normalizedUrl: url.replace('://www.', '://'), domain, title: `Saved ${id}`, opportunityType: 'resource-page', status: 'contacted',
    campaignId: null, tags: ['sports', 'women', 'resource list', 'q4-push'], contacts: [{ kind: 'email', value: 'old@garden.test', source: 'mailto link' }],
    brokenLinks: [], linksToMySite: [], relevance: 40, spamScore: 5, spamSignals: [], toxic: false, notes: 'Warm lead from the expo',
    followUpAt: null, createdAt: BASE, updatedAt: BASE, history: [], ...overrides,
  };
}

// Hunter's domain search export: three people on garden.test, which is already saved.
const HUNTER = [
  'Email address,First name,Last name,Full name,Email address type,Confidence score,Organization,Department,Position,Twitter handle,LinkedIn URL,Phone number,Domain name',
  'jane@garden.test,Jane,Doe,Jane Doe,personal,96,Garden Weekly,editorial,Editor,,,,garden.test',
  'bob@garden.test,Bob,Stone,Bob Stone,personal,91,Garden Weekly,marketing,Outreach Manager,,,,garden.test',
  'ann@garden.test,Ann,Lee,Ann Lee,personal,85,Garden Weekly,editorial,Writer,,,,garden.test',
].join('\r\n');

const BUZZ_TEMPLATE = [
  'Link Partner – Name,Link Partner – Domain,Linking from,Linking To,Anchor Text,Sitewide Link?,Sitewide – # of links,Acquisition Method,Payment Date,Payment – Amount,Payment – Method,Payment – Reference ID,Payment – Type,Payment – Term,Payment – Start date,Payment – Expiration date',
  'Potting Shed,pottingshed.test,https://pottingshed.test/partners,https://mysite.test/guide,garden guide,No,,Organic,,,,,,,,',
  'Seed Swap,seedswap.test,,,,,,Exchange,,,,,,,,',
].join('\r\n');

let h: Harness;
let page: Page;
let url: string;

async function backup(): Promise<Prospect[]> {
  await page.getByRole('button', { name: 'Export & import' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON backup (everything)' }).click()]);
  return JSON.parse(readFileSync(await file.path(), 'utf8')).prospects;
}

async function importFile(name: string, text: string) {
  await page.getByRole('button', { name: 'Export & import' }).click();
  await page.getByLabel(/Import a CSV file/).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  const preview = page.getByTestId('import-preview');
  await preview.waitFor();
  return preview;
}

beforeAll(async () => {
  h = await startHarness();
  page = await h.context.newPage();
  url = `chrome-extension://${h.extensionId}/dashboard.html`;
  await page.goto(url);
  await page.getByTestId('empty-all').waitFor();
  await page.evaluate(writeProspectsInPage, {
    records: [saved('garden', 'https://www.garden.test/resources/links'), saved('other', 'https://other.test/blog', { contacts: [] })],
  });
  await page.reload();
  await page.getByTestId('prospect-row').first().waitFor();
});
afterAll(async () => {
  await h?.close();
});

describe('importing other tools\' files', () => {
  it('a Hunter file with three people on a saved domain adds three contacts to that prospect and changes nothing else', async () => {
    const before = await backup();
    const preview = await importFile('garden.test-hunter.csv', HUNTER);
    await preview.getByText(/read as Hunter domain search export/).waitFor();
    expect(await preview.getByTestId('preview-new').textContent()).toBe('0 new');
    expect(await preview.getByTestId('preview-updates').textContent()).toBe('1 merged');
    await preview.getByTestId('preview-update').getByText('(same domain)').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'import-hunter-preview');
    await preview.getByRole('button', { name: 'Apply: 0 new, 1 merged' }).click();
    await page.getByTestId('transfer-status').getByText(/^Imported: 0 added, 1 updated/).waitFor();

    const after = await backup();
    expect(after).toHaveLength(2);
    const garden = after.find((p) => p.id === 'garden') as Prospect;
    expect(garden.contacts.map((c) => [c.value, c.name, c.position, c.confidence])).toEqual([
      ['old@garden.test', undefined, undefined, undefined],
      ['jane@garden.test', 'Jane Doe', 'Editor', 96],
      ['bob@garden.test', 'Bob Stone', 'Outreach Manager', 91],
      ['ann@garden.test', 'Ann Lee', 'Writer', 85],
    ]);
    const { contacts: _c, updatedAt: _u, ...rest } = garden;
    const { contacts: _bc, updatedAt: _bu, ...restBefore } = before.find((p) => p.id === 'garden') as Prospect;
    expect(rest).toEqual(restBefore);
    expect(after.find((p) => p.id === 'other')).toEqual(before.find((p) => p.id === 'other'));

    await page.goto(`${url}#prospect=garden`);
    const detail = page.getByRole('dialog');
    await detail.getByText('Jane Doe, Editor').waitFor();
    await detail.getByText('96% confidence').waitFor();
    await screenshot(page, 'import-hunter-detail');
    await page.keyboard.press('Escape');
  });

  it('BuzzStream\'s link partner template imports: site names as titles, the linked page, acquisition, the stage it implies', async () => {
    const preview = await importFile('buzzstream-template.csv', BUZZ_TEMPLATE);
    await preview.getByText(/read as BuzzStream link partner import template/).waitFor();
    expect(await preview.getByTestId('preview-new').textContent()).toBe('2 new');
    await preview.getByTestId('stage-map').getByText('Won (link live)').waitFor();
    await preview.getByText(/Ignored columns: .*Payment – Amount/).waitFor();
    await preview.getByRole('button', { name: 'Apply: 2 new, 0 merged' }).click();
    await page.getByTestId('transfer-status').getByText(/^Imported: 2 added/).waitFor();
    const all = await backup();
    expect(all.find((p) => p.domain === 'pottingshed.test')).toMatchObject({
      url: 'https://pottingshed.test/partners', title: 'Potting Shed', status: 'won', tags: ['acquisition: organic'],
      linksToMySite: [{ url: 'https://mysite.test/guide', anchorText: 'garden guide', rel: [] }], contacts: [],
    });
    expect(all.find((p) => p.domain === 'seedswap.test')).toMatchObject({ url: 'https://seedswap.test/', title: 'Seed Swap', status: 'new' });
  });
});
