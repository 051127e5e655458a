import { describe, expect, it } from 'vitest';
import { CONFIRM_AFTER_MS, INITIAL_STATUS, nextStatus } from '@/lib/monitor/transition';
import type { MonitorState, MonitorStatus, Observation, Outcome } from '@/lib/monitor/types';

const HOUR = 3_600_000;
const obs = (outcome: Outcome, detail = `saw ${outcome}`): Observation => ({
  outcome, detail, found: null, changes: [], indexable: outcome === 'not-indexable' ? false : true, maybeScriptBuilt: false, via: 'reader',
});
const at = (state: MonitorState, over: Partial<MonitorStatus> = {}): MonitorStatus => ({ ...INITIAL_STATUS, state, change: `was ${state}`, changedAt: 1, lastCheckedAt: 1, ...over });

describe('monitoring state transitions', () => {
  // from, observed, expected state, notify
  it.each<[MonitorState, Outcome, MonitorState, boolean]>([
    ['pending', 'live', 'live', false],
    ['live', 'live', 'live', false],
    ['live', 'changed', 'changed', true],
    ['live', 'nofollowed', 'nofollowed', true],
    ['live', 'not-indexable', 'not-indexable', true],
    ['live', 'unverifiable', 'unverifiable', false],
    ['pending', 'unverifiable', 'unverifiable', false],
    ['changed', 'live', 'live', false],
    ['nofollowed', 'nofollowed', 'nofollowed', false],
    ['missing', 'live', 'live', false],
    ['unverifiable', 'live', 'live', false],
    ['live', 'missing', 'live', false], // one failure is only a suspicion
    ['live', 'page-gone', 'live', false],
    ['pending', 'missing', 'pending', false],
  ])('%s + %s → %s (notify %s)', (from, outcome, to, notify) => {
    const current = at(from, from === 'nofollowed' ? { change: 'saw nofollowed' } : {});
    const t = nextStatus(current, obs(outcome), 10 * HOUR);
    expect(t.status.state).toBe(to);
    expect(t.notify).toBe(notify);
    expect(t.record).toMatchObject({ at: 10 * HOUR, outcome, state: to });
    expect(t.status.lastCheckedAt).toBe(10 * HOUR);
  });

  it('the same kind of change with different words notifies again; the same words do not', () => {
    const current = at('changed', { change: 'Changed: anchor: "a" → "b"' });
    expect(nextStatus(current, obs('changed', 'Changed: anchor: "a" → "c"'), 5).notify).toBe(true);
    expect(nextStatus(current, obs('changed', 'Changed: anchor: "a" → "b"'), 5).notify).toBe(false);
  });

  it('records when the link was first seen and keeps it', () => {
    const first = nextStatus(INITIAL_STATUS, obs('live'), 100);
    expect(first.status).toMatchObject({ firstSeenAt: 100, changedAt: 100, change: 'First seen live' });
    const again = nextStatus(first.status, obs('changed'), 200);
    expect(again.status.firstSeenAt).toBe(100);
    expect(again.status.changedAt).toBe(200);
  });
});

describe('two failed checks at least a day apart', () => {
  const live = at('live');
  const start = 1_000 * HOUR;

  it('a failure, then another under 24 h later: still not lost; re-check set for 24 h after the first', () => {
    const one = nextStatus(live, obs('missing'), start);
    expect(one.status.suspect).toMatchObject({ outcome: 'missing', at: start });
    expect(one.recheckAt).toBe(start + CONFIRM_AFTER_MS);
    expect(one.record.detail).toContain('not yet called lost');
    const two = nextStatus(one.status, obs('missing'), start + 23 * HOUR);
    expect(two.status.state).toBe('live');
    expect(two.status.suspect?.at).toBe(start);
    expect(two.notify).toBe(false);
  });

  it('a second failure 24 h or more after the first calls it lost and notifies', () => {
    const one = nextStatus(live, obs('missing'), start);
    const two = nextStatus(one.status, obs('page-gone', 'The page is gone: 404'), start + CONFIRM_AFTER_MS);
    expect(two.status).toMatchObject({ state: 'page-gone', suspect: null, changedAt: start + CONFIRM_AFTER_MS, change: 'The page is gone: 404' });
    expect(two.notify).toBe(true);
  });

  it('a success in between clears the suspicion', () => {
    const one = nextStatus(live, obs('missing'), start);
    const ok = nextStatus(one.status, obs('live'), start + HOUR);
    expect(ok.status.suspect).toBeNull();
    const again = nextStatus(ok.status, obs('missing'), start + 30 * HOUR);
    expect(again.status.state).toBe('live');
    expect(again.status.suspect?.at).toBe(start + 30 * HOUR);
  });

  it('an unverifiable check neither confirms nor clears the suspicion', () => {
    const one = nextStatus(live, obs('missing'), start);
    const blocked = nextStatus(one.status, obs('unverifiable'), start + 25 * HOUR);
    expect(blocked.status.suspect?.at).toBe(start);
    expect(blocked.notify).toBe(false);
    const two = nextStatus(blocked.status, obs('missing'), start + 26 * HOUR);
    expect(two.status.state).toBe('missing');
    expect(two.notify).toBe(true);
  });
});
