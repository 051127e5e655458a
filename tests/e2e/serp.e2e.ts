import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { axeViolations, ROOT, screenshot, startHarness, type Harness } from './harness';

// Results pages are served at the engines' own URLs by routing them inside the test browser:
// nothing leaves the machine, and the extension sees a real google.com / bing.com address.
const SERP = join(ROOT, 'tests/fixtures/serp');
const GOOGLE = 'https://www.google.com/search?q=coffee+intitle%3A%22write+for+us%22&hl=en';
const BING_CHANGED = 'https://www.bing.com/search?q=coffee+changed+layout';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.context.route('https://www.google.com/search**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(SERP, 'google-desktop.html')) }),
  );
  await h.context.route('https://www.bing.com/search**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(SERP, 'google-unknown.html')) }),
  );
});
afterAll(async () => {
  await h?.close();
});

interface Row {
  id: string;
  url: string;
  domain: string;
  status: string;
  opportunityType: string;
  updatedAt: number;
  history: unknown[];
  foundBy?: { query: string; engine: string; position: number | null };
}

function prospects(worker: Worker): Promise<Row[]> {
  return worker.evaluate(async () => {
    const open = indexedDB.open('linkscout');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<Row[]>((resolve) => {
      const req = db.transaction('prospects').objectStore('prospects').getAll();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return rows;
  });
}

/** Marks a prospect contacted a few days ago, as the dashboard would have recorded it. */
function markContacted(worker: Worker, id: string): Promise<void> {
  return worker.evaluate(async (pid) => {
    const open = indexedDB.open('linkscout');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const store = db.transaction('prospects', 'readwrite').objectStore('prospects');
    await new Promise<void>((resolve) => {
      const get = store.get(pid);
      get.onsuccess = () => {
        const at = Date.now() - 3 * 86_400_000;
        store.put({ ...get.result, status: 'contacted', updatedAt: at, history: [{ kind: 'status', at, from: 'new', to: 'contacted' }] });
        resolve();
      };
    });
    db.close();
  }, id);
}

describe('the popup on a search results page', () => {
  it('lists the results with labels, saves all new ones with their query, and badges them', async () => {
    const { page, popup } = await h.popupFor(GOOGLE);
    const list = popup.getByRole('list', { name: /results/ });
    await list.waitFor({ timeout: 20_000 });
    expect(await list.getByTestId('result').count()).toBe(11); // 12 read, the second page of one domain folded
    expect(await popup.getByRole('checkbox', { name: 'Write For Us - The Coffee Compass' }).isChecked()).toBe(true);
    expect(await popup.getByRole('checkbox', { name: 'Coffee Niche Backlinks | LinkMarket' }).isChecked()).toBe(false);
    expect(await popup.getByText('4 of 11 selected').count()).toBe(1);
    await screenshot(popup, 'serp-popup');
    expect(await axeViolations(popup)).toEqual([]);

    await popup.getByRole('button', { name: 'Save all new (8)' }).click();
    await popup.getByRole('button', { name: 'Save all new (0)' }).waitFor();
    const saved = await prospects(h.worker);
    expect(saved).toHaveLength(8);
    const compass = saved.find((p) => p.domain === 'thecoffeecompass.example');
    expect(compass).toMatchObject({ opportunityType: 'guest-post', foundBy: { query: 'coffee intitle:"write for us"', engine: 'google', position: 1 } });
    expect(await popup.getByText('Saved · new').count()).toBe(8);

    // Results that load late (infinite scroll) are picked up without reopening the popup.
    await page.evaluate(() => {
      const block = document.createElement('div');
      block.className = 'g';
      const link = document.createElement('a');
      link.href = 'https://latecomer.example/write-for-us';
      const h3 = document.createElement('h3');
      h3.textContent = 'Late result: write for Latecomer';
      link.append(h3);
      block.append(link);
      document.getElementById('rso')?.append(block);
    });
    await popup.getByRole('checkbox', { name: 'Late result: write for Latecomer' }).waitFor({ timeout: 15_000 });
    await popup.close();

    // A domain contacted three days ago is left out the next time (skip contacted within 100 days).
    await markContacted(h.worker, saved.find((p) => p.domain === 'espressoplanet.example')!.id);
    const again = await h.popupFor(GOOGLE);
    await again.popup.getByRole('list', { name: /results/ }).waitFor({ timeout: 20_000 });
    await again.popup.getByText(/Skip contacted within/).filter({ hasText: '(1 hidden)' }).waitFor();
    expect(await again.popup.getByRole('checkbox', { name: 'Write for Espresso Planet' }).count()).toBe(0);
    await again.popup.getByLabel('Skip contacted within').fill('0');
    await again.popup.getByLabel('Skip contacted within').blur();
    await again.popup.getByText(/^Contacted 3 days ago/).waitFor();
    await again.popup.emulateMedia({ colorScheme: 'dark' });
    await screenshot(again.popup, 'serp-popup-dark');
  });

  it('says the layout is not recognised when a results page yields nothing', async () => {
    const { popup } = await h.popupFor(BING_CHANGED);
    await popup.getByText('This results layout is not recognised').waitFor({ timeout: 20_000 });
    await screenshot(popup, 'serp-unrecognised');
  });
});
