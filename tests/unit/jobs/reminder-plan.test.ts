import { describe, expect, it } from 'vitest';
import { clickTarget, EACH_LIMIT, notificationsFor, planReminders, readNotified, sameMap, SUMMARY_ID } from '@/lib/jobs/reminder-plan';
import { makeProspect } from '../db/fixtures';

describe('planReminders', () => {
  it('reads only ids not handled for their date, and keeps only entries still due for the same date', () => {
    const due = new Map([['a', 10], ['b', 20], ['c', 30]]);
    const plan = planReminders(due, { a: 10, b: 15, gone: 5 });
    expect(plan).toEqual({ toRead: ['b', 'c'], kept: { a: 10 } });
  });

  it('does not take inherited keys for handled ones', () => {
    expect(planReminders(new Map([['toString', 1]]), {}).toRead).toEqual(['toString']);
  });
});

describe('the stored map', () => {
  it('compares maps by their entries', () => {
    expect(sameMap({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameMap({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameMap({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameMap({}, {})).toBe(true);
  });

  it('reads back only numeric entries, and nothing from a damaged value', () => {
    expect(readNotified({ a: 1, b: 'x', c: null })).toEqual({ a: 1 });
    expect(readNotified(undefined)).toEqual({});
    expect(readNotified([1, 2])).toEqual({});
    expect(readNotified('text')).toEqual({});
  });
});

describe('notifications for new due follow-ups', () => {
  const fresh = Array.from({ length: 12 }, (_, i) => makeProspect(`https://s${i}.example/p`, { title: i === 1 ? '' : `Title ${i}` }));

  it(`gives one each up to ${EACH_LIMIT}, each opening its prospect`, () => {
    const each = notificationsFor(fresh.slice(0, EACH_LIMIT));
    expect(each.map((n) => clickTarget(n.id))).toEqual(fresh.slice(0, EACH_LIMIT).map((p) => ({ prospectId: p.id })));
    expect(each[1]?.message).toBe('https://s1.example/p (s1.example), status new.');
    expect(notificationsFor([])).toEqual([]);
  });

  it('gives one summary for more, naming the first few, which opens the due list', () => {
    const [summary, ...rest] = notificationsFor(fresh);
    expect(rest).toEqual([]);
    expect(summary).toEqual({
      id: SUMMARY_ID,
      title: 'Linkscout: 12 follow-ups are due',
      message: 'Title 0 (s0.example); https://s1.example/p (s1.example); Title 2 (s2.example); and 9 more. Click to see them all.',
    });
    // The count may be larger than the prospects read for the message.
    expect(notificationsFor(fresh.slice(0, 3), 30_000)[0]?.title).toBe('Linkscout: 30,000 follow-ups are due');
    expect(notificationsFor(fresh.slice(0, 3), 30_000)[0]?.message).toMatch(/; and 29,997 more\. Click to see them all\.$/);
    expect(clickTarget(SUMMARY_ID)).toBe('follow-ups');
    expect(clickTarget('linkscout-monitor:x')).toBeNull();
  });
});
