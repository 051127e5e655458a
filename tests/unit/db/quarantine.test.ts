import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createLinkscoutDb } from '@/lib/db/database';
import { SCHEMA_VERSIONS } from '@/lib/db/schema-versions';
import { makeProspect } from './fixtures';

let names: string[] = [];
afterEach(async () => {
  await Promise.all(names.map((name) => Dexie.delete(name)));
  names = [];
});

/** Writes raw rows the way version 1 stored them, odd ones included. */
async function v1Database(rows: unknown[]): Promise<string> {
  const name = `quarantine-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  const old = new Dexie(name);
  const v1 = SCHEMA_VERSIONS.find((v) => v.version === 1);
  if (!v1) throw new Error('no version 1');
  old.version(1).stores(v1.stores);
  await old.table('prospects').bulkAdd(rows);
  old.close();
  return name;
}

describe('upgrading a database with odd version-1 records', () => {
  it('opens, repairs what it safely can, and sets the rest apart for export', async () => {
    const good = makeProspect('https://good.example.com/', { id: 'good' });
    const { contacts: _c, ...noContacts } = makeProspect('https://no-contacts.example.com/', { id: 'no-contacts' });
    const nullTitle = { ...makeProspect('https://null-title.example.com/', { id: 'null-title' }), title: null, tags: 'seo', followUpAt: 1e300 };
    const badUrl = { ...makeProspect('https://x.example.com/', { id: 'bad-url' }), url: 'javascript:alert(1)', normalizedUrl: 'js' };
    const name = await v1Database([good, noContacts, nullTitle, badUrl]);

    const db = createLinkscoutDb(name);
    await db.open(); // threw "Cannot read properties of undefined (reading 'some')" before
    expect(await db.prospects.get('good')).toMatchObject(good);
    expect(await db.prospects.get('no-contacts')).toMatchObject({ contacts: [], contactCount: 0, hasEmail: 0 });
    expect(await db.prospects.get('null-title')).toMatchObject({ title: '', tags: [], followUpAt: null });
    expect(await db.prospects.get('bad-url')).toBeUndefined();
    const [set] = await db.quarantine.toArray();
    expect(set).toMatchObject({ table: 'prospects', problem: expect.stringMatching(/not a web address/), record: { id: 'bad-url', url: 'javascript:alert(1)' } });
    expect(await db.prospects.count()).toBe(3);
    db.close();
  });
});
