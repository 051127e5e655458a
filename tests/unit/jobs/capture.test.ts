import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLinkscoutDb, type LinkscoutDb } from '@/lib/db/database';
import { captureLink, linkTargetScan } from '@/lib/jobs/capture';
import { followUpsToNotify, notificationFor, prospectIdOf } from '@/lib/jobs/reminders';
import { pageScanSchema } from '@/lib/schemas/page-scan';
import { updateProspect } from '@/lib/db/prospects';

let db: LinkscoutDb;
beforeEach(() => {
  db = createLinkscoutDb(`capture-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('saving a link target from the context menu', () => {
  it('builds a valid scan from the address and link text alone', () => {
    const scan = linkTargetScan('https://blog.example.co.uk/post', '  Great   post ', 5);
    expect(pageScanSchema.parse(scan)).toMatchObject({ title: 'Great post', domain: 'example.co.uk', links: [] });
  });

  it('saves once and updates on the second save', async () => {
    expect(await captureLink(db, 'https://other.org/a?utm_source=x', 'A page', 1)).toEqual({ ok: true, title: 'A page', created: true });
    expect(await captureLink(db, 'https://other.org/a', 'A page', 2)).toEqual({ ok: true, title: 'A page', created: false });
    expect(await db.prospects.count()).toBe(1);
  });

  it('refuses non-web links with a reason', async () => {
    expect(await captureLink(db, 'mailto:x@y.org', 'mail', 1)).toEqual({ ok: false, message: 'Only web links (http or https) can be saved as prospects.' });
  });
});

describe('follow-up reminders', () => {
  it('notifies each due follow-up once per date, skipping closed prospects', async () => {
    await captureLink(db, 'https://a.org/', 'A', 1);
    await captureLink(db, 'https://b.org/', 'B', 1);
    const [a, b] = await db.prospects.orderBy('domain').toArray();
    await updateProspect(db, a!.id, { followUpAt: 1000 });
    await updateProspect(db, b!.id, { followUpAt: 1000, status: 'won' });
    const due = await followUpsToNotify(db, 2000, {});
    expect(due.map((p) => p.id)).toEqual([a!.id]);
    expect(await followUpsToNotify(db, 2000, { [a!.id]: 1000 })).toEqual([]);
    await updateProspect(db, a!.id, { followUpAt: 1500 });
    expect((await followUpsToNotify(db, 2000, { [a!.id]: 1000 })).map((p) => p.id)).toEqual([a!.id]);
    const n = notificationFor(due[0]!);
    expect(prospectIdOf(n.id)).toBe(a!.id);
    expect(prospectIdOf('something-else')).toBeNull();
  });
});
