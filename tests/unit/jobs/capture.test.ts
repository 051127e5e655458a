import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLinkscoutDb, type LinkscoutDb } from '@/lib/db/database';
import { captureLink, linkTargetScan } from '@/lib/jobs/capture';
import { pageScanSchema } from '@/lib/schemas/page-scan';

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
