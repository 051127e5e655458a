import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DBCore, Middleware } from 'dexie';
import type { LinkscoutDb } from '@/lib/db/database';
import type { Prospect } from '@/lib/schemas/prospect';
import { FOLLOWUP_ALARM, followUpsToNotify, wireReminders } from '@/lib/jobs/reminders';
import { SUMMARY_ID } from '@/lib/jobs/reminder-plan';
import { FOLLOW_UPS_HASH } from '@/lib/tab/pages';
import { freshDb, makeProspect } from '../db/fixtures';

let db: LinkscoutDb;
/** Ids of the prospect records read whole (keys-only reads are not counted). */
let recordsRead: string[] = [];

/** Counts every prospect record the database hands out, whatever the read path. */
const readCounter: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'count-record-reads',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'prospects') return table;
      const seen = (rows: readonly unknown[]) => recordsRead.push(...rows.flatMap((r) => (r && typeof r === 'object' && 'id' in r ? [String(r.id)] : [])));
      return {
        ...table,
        get: async (req) => { const row: unknown = await table.get(req); seen([row]); return row; },
        getMany: async (req) => { const rows: unknown[] = await table.getMany(req); seen(rows); return rows; },
        query: async (req) => { const res = await table.query(req); if (req.values) seen(res.result); return res; },
        openCursor: async (req) => {
          const cursor = await table.openCursor(req);
          if (req.values && cursor) recordsRead.push('(a cursor over whole records)');
          return cursor;
        },
      };
    },
  }),
};

const NOW = Date.now();
const due = (n: number, extra: Partial<Prospect> = {}) =>
  makeProspect(`https://site${n}.example/page`, { title: `Page ${n}`, followUpAt: NOW - 1000 * (100 - n), status: 'contacted', ...extra });

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  db.use(readCounter);
  recordsRead = [];
});
afterEach(async () => {
  await db.delete();
});

const stored = async () => (await fakeBrowser.storage.local.get('notifiedFollowUps')).notifiedFollowUps as Record<string, number> | undefined;
const shown = async () => Object.keys(await fakeBrowser.notifications.getAll()).sort();

/** Fires the background's alarm and waits until the run has written its map (or a short while). */
async function fireAlarm(waitFor: () => Promise<boolean>) {
  await fakeBrowser.alarms.onAlarm.trigger({ name: FOLLOWUP_ALARM, scheduledTime: Date.now(), persistAcrossSessions: false });
  await vi.waitFor(async () => expect(await waitFor()).toBe(true), { timeout: 2000, interval: 10 });
}

describe('the reminder alarm', () => {
  it('is made once, a minute after the first start, and not restarted when the background wakes again', async () => {
    wireReminders(db);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(FOLLOWUP_ALARM)).toBeDefined());
    const first = await fakeBrowser.alarms.get(FOLLOWUP_ALARM);
    expect(first?.periodInMinutes).toBe(5);
    expect(first!.scheduledTime - Date.now()).toBeGreaterThan(55_000);
    await new Promise((resolve) => setTimeout(resolve, 5));
    // The background starting again (a wake) wires the reminders again.
    wireReminders(db);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await fakeBrowser.alarms.get(FOLLOWUP_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
  });
});

describe('follow-up reminders on the alarm', () => {
  it('shows one notification each for up to three new due follow-ups, and remembers them', async () => {
    const rows = [due(1), due(2), due(3), makeProspect('https://later.example/', { followUpAt: NOW + 3_600_000 })];
    await db.prospects.bulkAdd(rows);
    wireReminders(db);
    await fireAlarm(async () => (await stored()) !== undefined);
    expect(await shown()).toEqual(rows.slice(0, 3).map((p) => `linkscout-followup:${p.id}`).sort());
    expect(await stored()).toEqual(Object.fromEntries(rows.slice(0, 3).map((p) => [p.id, p.followUpAt])));
  });

  it('shows ONE summary when more than three are due, naming the oldest, and a click opens the due list', async () => {
    const rows = [due(5), due(1), due(2), due(3), due(4)];
    await db.prospects.bulkAdd(rows);
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    wireReminders(db);
    await fireAlarm(async () => (await stored()) !== undefined);
    expect(await shown()).toEqual([SUMMARY_ID]);
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith(SUMMARY_ID, expect.objectContaining({
      title: 'Linkscout: 5 follow-ups are due',
      message: 'Page 1 (site1.example); Page 2 (site2.example); Page 3 (site3.example); and 2 more. Click to see them all.',
    }));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(SUMMARY_ID);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(new RegExp(`/dashboard\\.html${FOLLOW_UPS_HASH}$`)) });
    await fakeBrowser.notifications.onClicked.trigger(`linkscout-followup:${rows[0]!.id}`);
    expect(create).toHaveBeenLastCalledWith({ url: expect.stringMatching(new RegExp(`/dashboard\\.html#prospect=${rows[0]!.id}$`)) });
  });
});

describe('what a run reads and remembers', () => {
  it('loads only the prospects not yet notified for their date', async () => {
    const rows = [due(1), due(2), due(3), due(4)];
    await db.prospects.bulkAdd(rows);
    const notified = { [rows[0]!.id]: rows[0]!.followUpAt!, [rows[1]!.id]: rows[1]!.followUpAt!, [rows[2]!.id]: 12345 };
    recordsRead = [];
    const run = await followUpsToNotify(db, NOW, notified);
    // rows[2] was notified for another date: it is due again, like rows[3] that was never notified.
    expect(recordsRead.sort()).toEqual([rows[2]!.id, rows[3]!.id].sort());
    expect(run.fresh.map((p) => p.id)).toEqual([rows[2]!.id, rows[3]!.id]);
    expect(run.notified).toEqual(Object.fromEntries(rows.map((p) => [p.id, p.followUpAt])));
    expect(run.changed).toBe(true);
  });

  it('drops entries no longer due or moved, and reads nothing when nothing is new', async () => {
    const rows = [due(1), due(2)];
    await db.prospects.bulkAdd(rows);
    const gone = crypto.randomUUID();
    const first = await followUpsToNotify(db, NOW, { [gone]: 5 });
    expect(first.notified).toEqual({ [rows[0]!.id]: rows[0]!.followUpAt, [rows[1]!.id]: rows[1]!.followUpAt });
    recordsRead = [];
    const again = await followUpsToNotify(db, NOW, first.notified);
    expect(recordsRead).toEqual([]);
    expect(again).toMatchObject({ count: 0, fresh: [], notified: first.notified, changed: false });
    // A follow-up moved to the future is no longer due: its entry goes.
    await db.prospects.update(rows[1]!.id, { followUpAt: NOW + 86_400_000 });
    const moved = await followUpsToNotify(db, NOW, first.notified);
    expect(moved).toMatchObject({ count: 0, fresh: [], notified: { [rows[0]!.id]: rows[0]!.followUpAt }, changed: true });
  });

  it('with many new ones, reads only the first few open ones for the summary, telling closed ones apart by index', async () => {
    const open = Array.from({ length: 10 }, (_, i) => due(i + 10));
    const closed = [due(1, { status: 'won' }), due(2, { status: 'lost' }), due(3, { status: 'do-not-contact' })];
    await db.prospects.bulkAdd([...open, ...closed]);
    const run = await followUpsToNotify(db, NOW, {});
    expect(recordsRead.sort()).toEqual(open.slice(0, 3).map((p) => p.id).sort());
    expect(run.count).toBe(10);
    expect(run.fresh.map((p) => p.id)).toEqual(open.slice(0, 3).map((p) => p.id));
    expect(run.notified).toEqual(Object.fromEntries([...open, ...closed].map((p) => [p.id, p.followUpAt])));
  });

  it('passes over closed prospects once and does not read them again', async () => {
    const rows = [due(1, { status: 'won' }), due(2, { status: 'lost' }), due(3, { status: 'do-not-contact' }), due(4)];
    await db.prospects.bulkAdd(rows);
    const first = await followUpsToNotify(db, NOW, {});
    expect(first.fresh.map((p) => p.id)).toEqual([rows[3]!.id]);
    recordsRead = [];
    const again = await followUpsToNotify(db, NOW, first.notified);
    expect(recordsRead).toEqual([]);
    expect(again.fresh).toEqual([]);
  });

  it('does not rewrite the stored map when a run changes nothing', async () => {
    await db.prospects.bulkAdd([due(1)]);
    wireReminders(db);
    await fireAlarm(async () => (await stored()) !== undefined);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await fakeBrowser.alarms.onAlarm.trigger({ name: FOLLOWUP_ALARM, scheduledTime: Date.now(), persistAcrossSessions: false });
    await vi.waitFor(() => expect(get).toHaveBeenCalled());
    // The run reads the map, finds nothing new and leaves it alone (it notes only when it looked); a later change is written.
    await vi.waitFor(() => expect(set).toHaveBeenCalledTimes(1));
    expect(Object.keys(set.mock.calls[0]![0])).toEqual(['followUpsChecked']);
    await db.prospects.add(due(2));
    await fireAlarm(async () => Object.keys((await stored()) ?? {}).length === 2);
    expect(set.mock.calls.filter(([items]) => 'notifiedFollowUps' in items)).toHaveLength(1);
  });
});
