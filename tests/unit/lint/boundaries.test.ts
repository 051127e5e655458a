// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Small probe sources linted as if they lived in each folder: every forbidden import or global
// of DESIGN.md's module table must fail lint, and what the table allows must pass.
const root = fileURLToPath(new URL('../../..', import.meta.url));
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: `${root}/${file}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const IMPORTS = '@typescript-eslint/no-restricted-imports';
const GLOBALS = 'no-restricted-globals';
const PROPERTIES = 'no-restricted-properties';

describe('lint fails on each forbidden import', () => {
  it.each([
    ['lib/scan/probe.ts', "import { db } from '@/lib/db/instance'; void db;"],
    ['lib/scan/probe.ts', "import { loadSettings } from '@/lib/settings/store'; void loadSettings;"],
    ['lib/scan/probe.ts', "import { storage } from 'wxt/utils/storage'; void storage;"],
    ['lib/scan/probe.ts', "import Dexie from 'dexie'; void Dexie;"],
    ['lib/scan/probe.ts', "import { browser } from 'wxt/browser'; void browser;"],
    ['lib/scan/probe.ts', "import { parse } from 'tldts'; void parse;"],
    ['lib/scan/probe.ts', "import { registrableDomain } from '@/lib/url/domain'; void registrableDomain;"],
    ['lib/scan/probe.ts', "import { checkUrl } from '@/lib/check/check-url'; void checkUrl;"],
    ['lib/scan/probe.ts', "import { z } from 'zod'; void z;"],
    ['lib/check/probe.ts', "import { scanPage } from '@/lib/scan/scan-page'; void scanPage;"],
    ['lib/check/probe.ts', "import browser from 'webextension-polyfill'; void browser;"],
    ['lib/url/probe.ts', "import { z } from 'zod'; void z;"],
    ['lib/schemas/probe.ts', "import { urlKey } from '@/lib/url/key'; void urlKey;"],
    ['lib/db/probe.ts', "import { browser } from 'wxt/browser'; void browser;"],
    ['lib/db/probe.ts', "import { parseTags } from '@/lib/state/tags'; void parseTags;"],
    ['lib/export/probe.ts', "import { db } from '@/lib/db/instance'; void db;"],
    ['lib/export/probe.ts', "import type { LinkscoutDb } from '@/lib/db/database'; export type X = LinkscoutDb;"],
    ['lib/tab/probe.ts', "import { db } from '@/lib/db/instance'; void db;"],
    ['lib/highlight/probe.ts', "import { scanPage } from '@/lib/scan/scan-page'; void scanPage;"],
    ['lib/settings/probe.ts', "import { db } from '@/lib/db/instance'; void db;"],
    ['lib/messages.ts', "import { db } from '@/lib/db/instance'; void db;"],
    ['lib/jobs/probe.ts', "import { parseTags } from '@/lib/state/tags'; void parseTags;"],
    ['lib/state/probe.ts', "import { createBadge } from '@/lib/jobs/badge'; void createBadge;"],
    ['lib/state/probe.ts', "import { browser } from 'wxt/browser'; void browser;"],
    ['components/popup/Probe.tsx', "import { db } from '@/lib/db/instance'; void db;"],
    ['components/popup/Probe.tsx', "import { scanTab } from '@/lib/tab/scan-tab'; void scanTab;"],
    ['lib/serp/probe.ts', "import { db } from '@/lib/db/instance'; void db;"],
    ['lib/serp/probe.ts', "import { scanPage } from '@/lib/scan/scan-page'; void scanPage;"],
    ['lib/reader/probe.ts', "import { browser } from 'wxt/browser'; void browser;"],
  ])('%s: %s', async (file, code) => {
    expect(await problems(file, code)).toContain(IMPORTS);
  });
});

describe('lint fails on each forbidden global in a pure folder', () => {
  it.each([
    ['lib/scan/probe.ts', "void fetch('https://a.example/');"],
    ['lib/scan/probe.ts', "void indexedDB.open('x');"],
    ['lib/scan/probe.ts', 'void chrome.storage;'],
    ['lib/scan/probe.ts', 'void browser.runtime;'],
    ['lib/scan/probe.ts', 'void new XMLHttpRequest();'],
    ['lib/check/probe.ts', "void fetch('https://a.example/');"],
    ['lib/check/probe.ts', 'void document.title;'],
    ['lib/check/probe.ts', 'void window.location;'],
    ['lib/url/probe.ts', 'void chrome.runtime;'],
    ['lib/export/probe.ts', "void indexedDB.open('x');"],
    ['lib/highlight/probe.ts', "void fetch('https://a.example/');"],
    ['lib/monitor/probe.ts', "void fetch('https://a.example/');"],
    ['lib/state/probe.ts', 'void chrome.storage;'],
    ['components/popup/Probe.tsx', 'void chrome.tabs;'],
    ['entrypoints/probe.ts', 'void chrome.runtime;'],
  ])('%s: %s', async (file, code) => {
    expect(await problems(file, code)).toContain(GLOBALS);
  });

  it.each([
    ['lib/scan/probe.ts', "void globalThis.fetch('https://a.example/');"],
    ['lib/check/probe.ts', 'void self.indexedDB;'],
    ['lib/scan/probe.ts', 'void window.chrome;'],
  ])('%s: %s (through a global object)', async (file, code) => {
    expect(await problems(file, code)).toContain(PROPERTIES);
  });
});

describe('lint passes what the table allows', () => {
  it.each([
    ['lib/scan/probe.ts', "import { hostOnSite } from '@/lib/url/same-site';\nimport type { PageScan } from '@/lib/schemas/page-scan';\nimport { collapse } from './text';\nexport const f = (s: PageScan) => hostOnSite(collapse(s.url), '');"],
    ['lib/check/probe.ts', "import type { CheckDeps } from '@/lib/check/options';\nexport const get = (deps: CheckDeps, url: string) => deps.fetch(url);"],
    ['lib/check/probe.ts', 'export type Fetch = typeof fetch;'],
    ['lib/export/probe.ts', "import Papa from 'papaparse';\nimport { applyPatch } from '@/lib/db/prospect-patch';\nvoid Papa; void applyPatch;"],
    ['lib/db/probe.ts', "import Dexie from 'dexie';\nimport { urlKey } from '@/lib/url/key';\nvoid Dexie; void urlKey;"],
    ['lib/jobs/probe.ts', "import { browser } from 'wxt/browser';\nimport { db } from '@/lib/db/instance';\nimport { checkAll } from '@/lib/check/check-batch';\nvoid browser; void db; void checkAll;"],
    ['lib/state/probe.ts', "import { signal } from '@preact/signals';\nimport { liveQuery } from 'dexie';\nimport { listCampaigns } from '@/lib/db/campaigns';\nvoid signal; void liveQuery; void listCampaigns;"],
    ['components/popup/Probe.tsx', "import { useState } from 'preact/hooks';\nimport type { CheckJob } from '@/lib/db/check-records';\nimport { parseTags } from '@/lib/state/tags';\nexport const f = (j: CheckJob) => [useState, parseTags, j];"],
    ['entrypoints/probe.ts', "import { browser } from 'wxt/browser';\nimport { db } from '@/lib/db/instance';\nvoid browser; void db;"],
    ['lib/reader/probe.ts', "import { scanPage } from '@/lib/scan/scan-page';\nimport { z } from 'zod';\nvoid scanPage; void z;"],
  ])('%s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
