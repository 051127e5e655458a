// The README's popup pictures, made from the built extension: the popup on the demo blog, the same
// popup saved as a prospect, and a checked link farm in the popup and on the page. They are written
// to tests/e2e/screenshots/readme/; copy them over tests/e2e/readme/*.png to refresh the README.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, startHarness, type Harness } from '../harness';
import { startLinkFarm } from '../../fixtures/link-farm.mjs';

type Farm = Awaited<ReturnType<typeof startLinkFarm>>;
const OUT = join(SCREENSHOTS, 'readme');
let h: Harness;
let farm: Farm;
const NAMES: (keyof Farm['urls'])[] = ['ok', 'missing', 'gone', 'serverError', 'forbidden', 'deepToHome', 'soft404', 'parked', 'chain', 'refused'];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  farm = await startLinkFarm({ hosts: 6, lifetimeMs: 240_000, maxRequests: 3000, slowMs: 50, retryAfterSeconds: 1 });
  const items = NAMES.map((n) => `<li><a href="${farm.urls[n]}">${n} resource</a>: a source for the ${n} section.</li>`).join('\n');
  const html = `<!doctype html><html lang="en"><head><title>Resources for new beekeepers</title></head><body><main><article><h1>Resources for new beekeepers</h1><ul>${items}</ul></article></main></body></html>`;
  h = await startHarness({
    route: (req, res) => {
      if (req.url !== '/resources.html') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return true;
    },
  });
}, 120_000);
afterAll(async () => {
  await h?.close();
  await farm?.close();
});

const shoot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}.png`) });

describe('README pictures', () => {
  it('a checked page: verdicts in the popup, broken first, and outlined on the page', async () => {
    const { page, popup } = await h.popupFor('/resources.html');
    await popup.getByTestId('link-row').first().waitFor();
    await popup.getByRole('button', { name: 'Check links' }).click();
    await popup.getByRole('button', { name: 'Re-check' }).waitFor({ timeout: 90_000 });
    await expect.poll(() => popup.locator('[data-testid="link-row"] .badge.verdict').count(), { timeout: 30_000 }).toBe(NAMES.length);
    await popup.getByLabel('Broken first').check();
    const missing = popup.locator('[data-testid="link-row"]', { hasText: 'missing resource' });
    await missing.getByText('Why “Broken”?').click();
    await shoot(popup, 'popup-checked');
    await popup.getByRole('button', { name: 'Highlight' }).click();
    await expect.poll(() => popup.getByRole('button', { name: 'Highlight' }).getAttribute('aria-pressed')).toBe('true');
    await page.bringToFront();
    await shoot(page, 'page-highlight');
  }, 120_000);

  it('the popup on a niche blog, then saved as a prospect and edited in place', async () => {
    const { popup } = await h.popupFor('/demo/');
    await popup.getByTestId('domain-group').first().waitFor();
    await shoot(popup, 'popup');
    await popup.getByRole('button', { name: 'Save prospect' }).click();
    await popup.getByTestId('saved-mark').waitFor();
    await popup.getByLabel('Status').selectOption({ label: 'Contacted' });
    await popup.getByText('Details', { exact: true }).click();
    await popup.getByLabel('Notes').fill('Pitch the dead Flow Hive review link');
    await popup.getByLabel('Notes').blur();
    await expect.poll(() => popup.getByLabel('Notes').inputValue()).toBe('Pitch the dead Flow Hive review link');
    await popup.setViewportSize({ width: 440, height: 784 });
    await shoot(popup, 'popup-saved');
  }, 60_000);
});
