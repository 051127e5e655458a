import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { closeSequence } from '@/lib/db/outreach-sends';
import { updateProspect, updateProspects } from '@/lib/db/prospects';
import { followUpsToNotify } from '@/lib/jobs/reminders';
import { endsFollowUp, followUpEnded } from '@/lib/outreach/follow-up-rule';
import { DAY_MS } from '@/lib/outreach/sequence';
import type { Prospect, ProspectStatus } from '@/lib/schemas/prospect';
import { freshDb, makeProspect } from '../db/fixtures';

const DUE = Date.UTC(2026, 2, 3);
const NOW = DUE - 2 * DAY_MS;
const removedNote = { kind: 'note', at: NOW, field: 'Follow-up', note: 'the reminder for 2026-03-03 was removed: a reply ends the follow-up' };

describe('the follow-up rule', () => {
  it.each<[ProspectStatus, boolean]>([
    ['replied', true], ['won', true],
    ['new', false], ['qualified', false], ['contacted', false], ['followed-up', false], ['lost', false], ['do-not-contact', false],
  ])('%s ends the follow-up: %s', (status, ends) => {
    expect(endsFollowUp(status)).toBe(ends);
    expect(followUpEnded({ followUpAt: DUE }, status, NOW) !== null).toBe(ends);
  });

  it('writes why the reminder went, and nothing when there was none', () => {
    expect(followUpEnded({ followUpAt: DUE }, 'replied', NOW)).toEqual(removedNote);
    expect(followUpEnded({ followUpAt: DUE }, 'won', NOW)).toMatchObject({ note: 'the reminder for 2026-03-03 was removed: a won link ends the follow-up' });
    expect(followUpEnded({ followUpAt: null }, 'replied', NOW)).toBeNull();
  });
});

describe('every way a prospect is marked replied ends its follow-up the same way', () => {
  let db: LinkscoutDb;
  let contacted: Prospect;
  beforeEach(async () => {
    db = freshDb();
    contacted = makeProspect('https://blog.hive.example/links', { status: 'contacted', followUpAt: DUE });
    await db.prospects.add(contacted);
  });
  afterEach(async () => {
    await db.delete();
  });

  const statusEntry = { kind: 'status', at: NOW, from: 'contacted', to: 'replied' };

  it.each([
    ['the row’s status menu (one or many rows)', () => updateProspects(db, [contacted.id], { status: 'replied' }, NOW).then(([p]) => p)],
    ['the detail’s status menu', () => updateProspect(db, contacted.id, { status: 'replied' }, NOW)],
    ['the outreach panel’s Replied', () => closeSequence(db, contacted.id, 'replied', NOW)],
  ])('%s: no follow-up date, no reminder, and the history says so', async (_, markReplied) => {
    const replied = await markReplied();
    expect(replied).toMatchObject({ status: 'replied', followUpAt: null, history: [statusEntry, removedNote] });
    expect(await db.prospects.get(contacted.id)).toMatchObject({ followUpAt: null, history: [statusEntry, removedNote] });
    expect((await followUpsToNotify(db, DUE + DAY_MS, {})).count).toBe(0);
  });

  it('keeps a date the same edit sets, and the date of a status that does not end the follow-up', async () => {
    const later = DUE + 7 * DAY_MS;
    expect(await updateProspect(db, contacted.id, { status: 'replied', followUpAt: later }, NOW)).toMatchObject({ followUpAt: later, history: [statusEntry] });
    expect(await updateProspect(db, contacted.id, { status: 'lost' }, NOW)).toMatchObject({ followUpAt: later });
  });

  it('a date left on a prospect already marked replied goes when Replied is chosen again', async () => {
    await db.prospects.put({ ...contacted, status: 'replied' });
    expect(await closeSequence(db, contacted.id, 'replied', NOW)).toMatchObject({ followUpAt: null, history: [removedNote] });
  });
});
