import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLinkscoutDb, type LinkscoutDb } from '@/lib/db/database';
import { createQualifyJob, finishQualifyRows, qualifyRows } from '@/lib/db/qualify-jobs';
import { queueQualifyReads } from '@/lib/db/qualify-reads';
import { qualifyReadOwner } from '@/lib/jobs/qualify-handler';
import { ReadRunner } from '@/lib/jobs/read-runner';
import { scanHtml } from '@/lib/reader/scan-html';
import { judgeRow } from '@/lib/qualify/table';
import { DEFAULT_QUALIFY_RULES, type QualifyRules } from '@/lib/qualify/types';
import { DEFAULT_SETTINGS } from '@/lib/schemas/settings';
import { registrableDomain } from '@/lib/url/domain';
import { fakeFetch, html } from '../check/fake-fetch';

// Qualification on the page reader: row states, failures, word counts and "find contacts deeper".
let db: LinkscoutDb;
beforeEach(() => {
  db = createLinkscoutDb(`qualify-owner-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const landing = (lang: string) =>
  `<html lang="${lang}"><head><title>Coffee links</title></head><body><nav><a href="/">Home</a> menu words here</nav>` +
  `<main><h1>Coffee resources</h1><p>Five words of main text.</p><a href="/contact">Contact</a> <a href="/write-for-us">Write for us</a> <a href="/about">About</a></main></body></html>`;
const contactPage = (who: string) => `<html lang="en"><body><main><p>Mail <a href="mailto:${who}">${who}</a></p></main></body></html>`;

/** A GET whose body breaks off after the first bytes (the connection dropped mid-page). */
function cutOff(): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('<html><head><title>Half'));
      controller.error(new TypeError('network error'));
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/html' } });
}

function answer(method: string, url: string): Response | Error {
  if (url.includes('reset.example')) return Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('ECONNRESET'), { code: 'ECONNRESET' }) });
  if (url.includes('cutoff.example')) return method === 'HEAD' ? html(200, '') : cutOff();
  if (url.includes('pdf.example')) return new Response('%PDF-1.4', { status: 200, headers: { 'content-type': 'application/pdf' } });
  const { pathname, hostname } = new URL(url);
  return html(200, /contact|write|about/.test(url) ? contactPage(`${pathname.slice(1)}@${hostname}`) : landing(url.includes('.de') ? 'de' : 'en'));
}

async function qualify(urls: string[], rules: QualifyRules, parseFails: (url: string) => boolean = () => false) {
  const job = await createQualifyJob(db, urls.map((url) => ({ url })), 'test', { deeper: true, now: 1_000 });
  await queueQualifyReads(db, await qualifyRows(db, job.id), 1_000);
  const { fetch, calls } = fakeFetch(answer);
  const seen: string[] = [];
  const owner = qualifyReadOwner(db, { rules: async () => rules, now: () => 2_000 });
  const runner = new ReadRunner({
    db, fetch, now: () => 2_000, settings: async () => ({ ...DEFAULT_SETTINGS, checker: { ...DEFAULT_SETTINGS.checker, minGapMs: 0 } }), onError: () => undefined,
    handlers: { qualify: { ...owner, started: async (j) => { await owner.started?.(j); seen.push((await db.qualifyRows.get(j.ref))?.state ?? 'extra'); } } },
    parse: async (text, url, options) => {
      if (parseFails(url)) throw new Error('The page could not be parsed: out of memory');
      return scanHtml(text, url, options);
    },
  });
  await runner.resume();
  return { rows: await qualifyRows(db, job.id), job: await db.qualifyJobs.get(job.id), calls, seen };
}

describe('qualification reads', () => {
  it('a row reads "reading…" while its page is read, then done with a word count of the main text', async () => {
    const { rows, seen } = await qualify(['https://coffee.example/links'], { ...DEFAULT_QUALIFY_RULES });
    expect(seen[0]).toBe('reading');
    expect(rows[0]).toMatchObject({ state: 'done' });
    // "Coffee resources Five words of main text. Contact Write for us About": navigation left out.
    expect(rows[0]?.facts?.wordCount).toBe(12);
  });

  it('a read that fails outright marks its row failed with the reason; the job still completes', async () => {
    const { rows, job } = await qualify(['https://ok.example/', 'https://broken.example/'], DEFAULT_QUALIFY_RULES, (url) => url.includes('broken'));
    const failed = rows.find((r) => r.url.includes('broken'));
    expect(failed).toMatchObject({ state: 'failed', error: 'The page could not be parsed: out of memory' });
    expect(job).toMatchObject({ done: 2, total: 2, state: 'done' });
    const judged = judgeRow(failed!, { domainOf: registrableDomain, prospectDomains: new Set(), contactedDomains: new Set() }, DEFAULT_QUALIFY_RULES);
    expect(judged.disqualified?.reason).toBe('could not be read: The page could not be parsed: out of memory');
  });

  it('a reset connection is a dead page with the reason; a body cut off or not HTML is a failed row with the reason', async () => {
    const { rows, job } = await qualify(['https://reset.example/', 'https://cutoff.example/', 'https://pdf.example/file'], DEFAULT_QUALIFY_RULES);
    const judge = (url: string) => judgeRow(rows.find((r) => r.url.includes(url))!, { domainOf: registrableDomain, prospectDomains: new Set(), contactedDomains: new Set() }, DEFAULT_QUALIFY_RULES);
    expect(judge('reset').state).toBe('done');
    expect(judge('reset').disqualified?.reason).toMatch(/^dead or parked \(broken: .*reset/);
    expect(judge('cutoff')).toMatchObject({ state: 'failed', error: 'the page answered, but its HTML could not be read (the connection broke while reading it)' });
    expect(judge('pdf')).toMatchObject({ state: 'failed', error: 'not an HTML page (application/pdf)' });
    expect(job).toMatchObject({ done: 3, state: 'done' });
  });

  it('results stored together move the progress once per row, even for a row read twice', async () => {
    const job = await createQualifyJob(db, [{ url: 'https://a.example/' }, { url: 'https://b.example/' }, { url: 'https://c.example/' }], 'test', { now: 1 });
    const [a, b] = await qualifyRows(db, job.id);
    const out = await finishQualifyRows(db, [
      { rowId: a!.id, patch: { state: 'failed', error: 'first read' } },
      { rowId: b!.id, patch: { state: 'failed', error: 'parser gone' } },
      { rowId: a!.id, patch: { state: 'failed', error: 'second read' } },
      { rowId: 'gone', patch: { state: 'failed' } },
    ]);
    expect(out.map((r) => r?.error ?? null)).toEqual(['first read', 'parser gone', 'second read', null]);
    expect(await db.qualifyJobs.get(job.id)).toMatchObject({ done: 2, total: 3, state: 'running' });
    expect((await db.qualifyRows.get(a!.id))?.error).toBe('second read');
  });

  it('finds contacts deeper only for rows no disqualifier rules out, at most 2 extra pages a site', async () => {
    const rules = { ...DEFAULT_QUALIFY_RULES, languages: ['en'], blocklist: ['blocked.example'] };
    const { rows, calls } = await qualify(['https://coffee.example/links', 'https://kaffee.de/links', 'https://blocked.example/links'], rules);
    const gets = calls.filter((c) => c.method === 'GET').map((c) => c.url);
    expect(gets.filter((u) => u.includes('coffee.example') && !u.endsWith('/links'))).toHaveLength(2);
    expect(gets.filter((u) => u.includes('kaffee.de') || u.includes('blocked.example')).sort()).toEqual(['https://blocked.example/links', 'https://kaffee.de/links']);
    // "Write for us" and the contact page are read; the about page would be a third.
    const emails = rows.find((r) => r.url.includes('coffee'))?.facts?.contacts.filter((c) => c.kind === 'email').map((c) => c.value);
    expect(emails?.sort()).toEqual(['contact@coffee.example', 'write-for-us@coffee.example']);
  });
});
