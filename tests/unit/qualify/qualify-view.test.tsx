import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { QualifyView } from '@/components/dashboard/qualify/QualifyView';
import { createQualifyState } from '@/lib/state/dashboard/qualify-state';
import { createQualifyActions, type QualifyQueue } from '@/lib/state/dashboard/qualify-actions';
import { markQualifyReading, recordQualifyFacts, recordQualifyFailure } from '@/lib/db/qualify-jobs';
import { DEFAULT_QUALIFY_RULES, type QualifyFacts } from '@/lib/qualify/types';
import { registrableDomain } from '@/lib/url/domain';
import { freshDb, makeProspect } from '../db/fixtures';

afterEach(cleanup);

const facts = (over: Partial<QualifyFacts>): QualifyFacts => ({
  finalUrl: '', statusClass: 'ok', httpStatus: 200, redirectHops: 0, lang: 'en', title: 'A page', metaRobots: '', xRobotsTag: '',
  canonicalIsSelf: true, indexable: true, indexReason: 'ok', wordCount: null, outboundLinks: 10, nofollowShare: 0, pageKind: 'resource',
  kindScore: 80, relevance: 60, contacts: [], contactPage: '', modifiedAt: '', spamScore: 5, affiliateLinks: 0, extraPages: [], ...over,
});

function setup(picked: string[] = []) {
  const db = freshDb();
  const state = createQualifyState(registrableDomain);
  const queued: string[] = [];
  const withdrawn: string[] = [];
  const queue: QualifyQueue = {
    available: true,
    enqueue: async (rows) => void queued.push(...rows.map((r) => r.url)),
    withdraw: async (ids) => void withdrawn.push(...ids),
  };
  const downloads: { name: string; text: string }[] = [];
  const actions = createQualifyActions(state, {
    db, queue, domainOf: registrableDomain, saveRules: async (r) => r, setHash: () => {}, selectedProspects: () => picked,
    download: (name, text) => void downloads.push({ name, text }),
  });
  const stop = actions.watch(null);
  render(<QualifyView state={state} actions={actions} selectedProspects={picked.length} />);
  return { db, state, queued, withdrawn, downloads, stop };
}

describe('the Qualification view', () => {
  it('queues pasted URLs, fills row by row, applies disqualifiers, pauses and exports', async () => {
    const { db, state, queued, withdrawn, downloads } = setup();
    await screen.findByText('Nothing qualified yet');
    await db.prospects.add(makeProspect('https://contacted.example/x', { status: 'contacted' }));
    fireEvent.input(screen.getByLabelText(/URLs to qualify/), {
      target: { value: 'https://good.example/resources\nnot a url\nhttps://parked.example/\nhttps://contacted.example/links https://slow.example/' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Qualify' }));
    await screen.findByText('0 of 4 read · waiting for the reader');
    await waitFor(() => expect(queued).toHaveLength(4));
    expect(queued).toEqual(['https://good.example/resources', 'https://parked.example/', 'https://contacted.example/links', 'https://slow.example/']);

    await waitFor(() => expect(state.rows.value).toHaveLength(4));
    const rows = state.rows.value;
    await recordQualifyFacts(db, rows[0]!.id, facts({ finalUrl: 'https://good.example/resources', title: 'Good resources', contacts: [{ kind: 'email', value: 'ed@good.example', source: 'mailto link' }] }));
    await recordQualifyFacts(db, rows[1]!.id, facts({ finalUrl: 'https://parked.example/', statusClass: 'parked' }));
    await recordQualifyFacts(db, rows[2]!.id, facts({ finalUrl: 'https://contacted.example/links' }));
    await screen.findByText('3 of 4 read · reading');
    const rowTexts = () => within(screen.getByRole('table')).getAllByTestId('q-row').map((tr) => tr.textContent);
    await waitFor(() =>
      expect(rowTexts()).toEqual([
        expect.stringContaining('Good resources'),
        expect.stringContaining('waiting'),
        expect.stringContaining('dead or parked (parked, HTTP 200)'),
        expect.stringContaining('already contacted'),
      ]),
    );
    const trs = within(screen.getByRole('table')).getAllByTestId('q-row');
    expect(trs[0]?.textContent).toContain('69 (30 + 24 + 15)');

    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await screen.findByText('3 of 4 read · paused');
    await waitFor(() => expect(withdrawn).toEqual([rows[3]!.id]));
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await screen.findByText('3 of 4 read · waiting for the reader');
    await waitFor(() => expect(queued.slice(4)).toEqual(['https://slow.example/']));
    await recordQualifyFailure(db, rows[3]!.id, 'timeout');
    await screen.findByText('4 of 4 read · done');

    fireEvent.click(screen.getByLabelText('Select qualified (1)'));
    fireEvent.click(screen.getByRole('button', { name: 'Save selected as prospects (1)' }));
    await waitFor(async () => expect((await db.prospects.where('domain').equals('good.example').first())?.status).toBe('qualified'));
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.text.split('\r\n')).toHaveLength(6);
  });

  it('says where each row is: waiting, reading…, done, failed with the reason; paused rows say so', async () => {
    const { db, state } = setup();
    fireEvent.input(await screen.findByLabelText(/URLs to qualify/), { target: { value: 'https://a.example/\nhttps://b.example/\nhttps://c.example/\nhttps://d.example/' } });
    fireEvent.click(screen.getByRole('button', { name: 'Qualify' }));
    await waitFor(() => expect(state.rows.value).toHaveLength(4));
    const [a, b, c] = state.rows.value;
    await recordQualifyFacts(db, a!.id, facts({ finalUrl: 'https://a.example/' }));
    await markQualifyReading(db, [b!.id]);
    await recordQualifyFailure(db, c!.id, 'The page could not be parsed: out of memory');
    const states = () => screen.getAllByTestId('q-state').map((el) => el.textContent);
    // Qualified first, then rows still being read (input order), then failed ones.
    await waitFor(() => expect(states()).toEqual([
      'Read state: ✓ done', 'Read state: ◐ reading…', 'Read state: ○ waiting', 'Read state: ✕ failed, reason: The page could not be parsed: out of memory',
    ]));
    // The reason is in the row once, in its state.
    const failedRow = screen.getAllByTestId('q-row')[3]!;
    expect(failedRow.textContent?.match(/out of memory/g)).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await waitFor(() => expect(states()[2]).toBe('Read state: ‖ paused'));
    expect(states()[1]).toBe('Read state: ◐ reading…');
  });

  it('explains when nothing pasted is a URL, and keeps rule changes', async () => {
    const { state } = setup();
    fireEvent.input(await screen.findByLabelText(/URLs to qualify/), { target: { value: 'hello' } });
    fireEvent.click(screen.getByRole('button', { name: 'Qualify' }));
    await screen.findByText(/No http\(s\) URLs found/);
    expect(state.rules.value).toEqual(DEFAULT_QUALIFY_RULES);
  });
});

describe('qualifying saved prospects', () => {
  it('reads the pages of the prospects selected in the Prospects view', async () => {
    const p = makeProspect('https://saved.example/links', { foundBy: { query: 'coffee links', engine: 'bing', position: 3 } });
    const { db, queued, state } = setup([p.id]);
    await db.prospects.add(p);
    fireEvent.click(await screen.findByRole('button', { name: 'Qualify selected prospects (1)' }));
    await waitFor(() => expect(queued).toEqual(['https://saved.example/links']));
    await waitFor(() => expect(state.rows.value[0]?.foundBy).toEqual({ query: 'coffee links', engine: 'bing', position: 3 }));
    expect(state.job.value?.source).toBe('Prospects (1)');
  });
});

describe('without a background reader', () => {
  it('keeps the job queued and says why the table does not fill', async () => {
    const { state } = setup();
    state.readerAvailable.value = false;
    expect((await screen.findByRole('note')).textContent).toMatch(/background page reader/);
  });
});
