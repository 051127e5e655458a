import { afterEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { getProspect } from '@/lib/db/prospect-lookups';
import { exportProspectsCsv } from '@/lib/export/prospect-csv';
import { buildProspect } from '@/lib/db/prospect-new';
import { freshDb, makeProspect } from '../db/fixtures';
import { applyImport, planCsvImport } from './import-helpers';

let db: LinkscoutDb;
afterEach(async () => {
  await db?.delete();
});

let counter = 0;
const ids = () => `new-${++counter}`;
const NOW = Date.UTC(2025, 5, 1);

describe('planCsvImport from other tools', () => {
  it('maps BuzzStream-style columns', async () => {
    db = freshDb();
    const csv = 'Website URL,Name,Email,Notes,Tags\r\nhttps://garden.example/links,Ann Lee,ann@garden.example,Met at expo,"diy | tools"\r\n';
    const plan = await planCsvImport(db, csv, { now: NOW, newId: ids });
    expect(plan.errors).toEqual([]);
    expect(plan.ownFormat).toBe(false);
    expect(plan.toAdd).toHaveLength(1);
    expect(plan.toAdd[0]?.prospect).toMatchObject({
      url: 'https://garden.example/links',
      domain: 'garden.example',
      notes: 'Met at expo',
      tags: ['diy', 'tools'],
      status: 'new',
      createdAt: NOW,
      // The row's person is kept on their one address.
      contacts: [{ kind: 'email', value: 'ann@garden.example', source: 'imported', name: 'Ann Lee' }],
    });
  });

  it('maps Hunter-style columns: domain only, first and last name, phone, LinkedIn; semicolons; unknown columns listed', async () => {
    db = freshDb();
    const csv = 'Email address;First name;Last name;Domain name;Phone number;LinkedIn URL;Confidence score\n' +
      'bob@shop.example;Bob;Stone;shop.example;+44 20 7946 0000;https://linkedin.com/in/bob;94\n';
    const plan = await planCsvImport(db, csv, { now: NOW, newId: ids });
    expect(plan.errors).toEqual([]);
    expect(plan.ignoredColumns).toEqual([]);
    expect(plan.layout).toBe('hunter');
    expect(plan.toAdd[0]?.prospect.url).toBe('https://shop.example/');
    expect(plan.toAdd[0]?.prospect.contacts.map((c) => `${c.kind}:${c.value}:${c.name ?? ''}:${c.confidence ?? ''}`)).toEqual([
      'email:bob@shop.example:Bob Stone:94', 'social:https://linkedin.com/in/bob::', 'phone:+44 20 7946 0000::',
    ]);
  });

  it('matches headers whatever their case and spacing', async () => {
    db = freshDb();
    const plan = await planCsvImport(db, ' WEBSITE ,E-MAIL ADDRESS\nexample.com/page,x@example.com\n', { now: NOW, newId: ids });
    expect(plan.toAdd[0]?.prospect).toMatchObject({ url: 'https://example.com/page', contacts: [{ kind: 'email', value: 'x@example.com' }] });
  });

  it('says when there is no URL column at all', async () => {
    db = freshDb();
    const plan = await planCsvImport(db, 'Name,Email\nAnn,ann@x.example\n');
    expect(plan.errors).toEqual([{ line: 1, reason: expect.stringMatching(/no URL column/) }]);
    expect(plan.toAdd).toEqual([]);
  });
});

describe('bad rows', () => {
  it('reports each bad row by its real line number and still imports the good ones', async () => {
    db = freshDb();
    const csv = [
      'url,status,notes,follow_up_at,relevance,email', // line 1
      'https://a.example/,new,"first note', // lines 2-3: a quoted note across two lines
      'continues here",,,',
      'ftp://files.example/x,new,,,,', // line 4
      '', // line 5, blank
      'https://b.example/,sleeping,,,,', // line 6
      'https://c.example/,won,,not a date,,', // line 7
      'https://d.example/,,,,150,', // line 8
      'https://e.example/,,,,,not-an-email', // line 9
      'https://www.a.example,,more,,,', // line 10: same page as line 2, joins it
      ',,only notes,,,', // line 11
      'https://f.example/,Do Not Contact,"multi', // lines 12-14
      'line',
      'note",2025-03-01,55,f@f.example',
      'https://g.example/,new,"never closed', // line 15
      '',
    ].join('\r\n');
    const plan = await planCsvImport(db, csv, { now: NOW, newId: ids });
    expect(plan.errors.map((e) => e.line)).toEqual([4, 7, 8, 9, 11, 15]);
    expect(plan.errors.find((e) => e.line === 4)?.reason).toMatch(/not an http\(s\) URL/);
    // Another tool's unknown stage is not an error: the row imports and the stage table says it was left alone.
    expect(plan.stages).toContainEqual({ stage: 'sleeping', status: null, rows: 1 });
    expect(plan.errors.find((e) => e.line === 7)?.reason).toMatch(/not a date/);
    expect(plan.errors.find((e) => e.line === 8)?.reason).toMatch(/relevance/);
    expect(plan.errors.find((e) => e.line === 9)?.reason).toMatch(/not an e-mail/);
    expect(plan.errors.find((e) => e.line === 11)?.reason).toMatch(/no URL/);
    expect(plan.errors.find((e) => e.line === 15)?.reason).toMatch(/never closed/);
    expect(plan.toAdd.map((a) => [a.lines, a.prospect.url])).toEqual([[[2, 10], 'https://a.example/'], [[6], 'https://b.example/'], [[12], 'https://f.example/']]);
    expect(plan.toAdd[0]?.prospect.notes).toBe('first note\r\ncontinues here\nmore');
    expect(plan.toAdd[2]?.prospect).toMatchObject({ status: 'do-not-contact', relevance: 55, followUpAt: Date.UTC(2025, 2, 1) });
    const result = await applyImport(db, plan);
    expect(result).toEqual({ added: 3, updated: 0, campaignsCreated: 0, changedSincePreview: 0, goneSincePreview: 0 });
    expect(await db.prospects.count()).toBe(3);
  });
});

describe('updates are previewed merges, never silent overwrites', () => {
  it('adds tags and contacts, appends the note with date and source, fills blanks, and asks about conflicts', async () => {
    db = freshDb();
    const existing = makeProspect('https://a.example/page', {
      id: 'keep-me', notes: 'old', status: 'contacted', title: 'Mine', tags: ['sports', 'women', 'resource list', 'q4-push'],
      contacts: [{ kind: 'email', value: 'ann@a.example', source: 'mailto link' }],
    });
    const same = makeProspect('https://b.example/', { id: 'same', notes: 'n' });
    await db.prospects.bulkAdd([existing, same]);
    const csv = 'url,title,notes,status,email,campaign,tags\n' +
      'http://www.a.example/page/,Theirs,new note,replied,bob@a.example,Spring,sports\n' +
      'https://b.example/,,n,new,,,\n' +
      'https://c.example/,,hello,,,Spring,\n';
    const plan = await planCsvImport(db, csv, { now: NOW, newId: ids, source: 'leads.csv' });
    expect(plan.errors).toEqual([]);
    expect(plan.unchanged).toEqual([3]);
    expect(plan.campaignsToCreate).toHaveLength(1);
    const campaignId = plan.campaignsToCreate[0]?.id;
    expect(plan.toAdd.map((a) => a.prospect.campaignId)).toEqual([campaignId]);
    const update = plan.toUpdate[0];
    expect(update?.lines).toEqual([2]);
    expect(update?.conflicts).toEqual([{ field: 'title', mine: 'Mine', theirs: 'Theirs' }, { field: 'status', mine: 'contacted', theirs: 'replied' }]);
    expect(update?.diffs.map((d) => d.field).sort()).toEqual(['campaignId', 'contacts', 'notes']);
    expect(await getProspect(db, 'keep-me')).toEqual(existing); // planning wrote nothing

    const result = await applyImport(db, plan, { choices: new Map([['keep-me', { status: 'theirs' }]]), now: NOW });
    expect(result).toMatchObject({ added: 1, updated: 1, campaignsCreated: 1 });
    const after = await getProspect(db, 'keep-me');
    expect(after).toMatchObject({
      url: 'https://a.example/page', title: 'Mine', status: 'replied', tags: ['sports', 'women', 'resource list', 'q4-push'], campaignId, updatedAt: NOW,
      notes: 'old\n\n— 2025-06-01, leads.csv:\nnew note',
      history: [{ kind: 'status', at: NOW, from: 'contacted', to: 'replied' }],
    });
    expect(after?.contacts.map((c) => c.value)).toEqual(['ann@a.example', 'bob@a.example']);
    expect(await getProspect(db, 'same')).toEqual(same);
  });

  it('re-reads what changed since the preview and merges with it instead of overwriting', async () => {
    db = freshDb();
    await db.prospects.add(makeProspect('https://a.example/', { id: 'a', tags: ['x'] }));
    const plan = await planCsvImport(db, 'url,tags\nhttps://a.example/,y\nhttps://new.example/,z\n', { now: NOW, newId: ids });
    // Meanwhile, another tab tags the prospect and saves the page the file would add.
    await db.prospects.update('a', { tags: ['x', 'w'], updatedAt: NOW + 1 });
    await db.prospects.add(makeProspect('https://new.example/', { id: 'other-tab', tags: ['v'] }));
    const result = await applyImport(db, plan, { now: NOW + 2 });
    expect(result).toMatchObject({ added: 0, updated: 2, changedSincePreview: 2 });
    expect((await getProspect(db, 'a'))?.tags).toEqual(['x', 'w', 'y']);
    expect((await getProspect(db, 'other-tab'))?.tags).toEqual(['v', 'z']);
    expect(await db.prospects.count()).toBe(2);
  });

  it('a cancelled apply writes nothing', async () => {
    db = freshDb();
    const plan = await planCsvImport(db, 'url\nhttps://a.example/\nhttps://b.example/\n', { now: NOW, newId: ids });
    const controller = new AbortController();
    controller.abort();
    await expect(applyImport(db, plan, { signal: controller.signal })).rejects.toThrow();
    expect(await db.prospects.count()).toBe(0);
  });

  it('importing our own export back into the same database changes nothing', async () => {
    db = freshDb();
    const records = [
      makeProspect('https://a.example/', { id: 'a', tags: ['t'], notes: '=1+1', contacts: [{ kind: 'phone', value: '+1 555', source: 'tel link' }] }),
      makeProspect('https://b.example/x', { id: 'b', campaignId: 'c1', followUpAt: 12345 }),
    ];
    await db.campaigns.add({ id: 'c1', name: 'Spring', createdAt: 0 });
    await db.prospects.bulkAdd(records);
    const csv = await (await exportProspectsCsv([records], [{ id: 'c1', name: 'Spring', createdAt: 0 }])).text();
    const plan = await planCsvImport(db, csv, { now: NOW, newId: ids });
    expect(plan).toMatchObject({ ownFormat: true, errors: [], toAdd: [], toUpdate: [], unchanged: [2, 3], campaignsToCreate: [] });
  });
});

describe('new prospects from a file come from the one prospect builder', () => {
  it('a row of another tool becomes the record the builder makes from its fields', async () => {
    db = freshDb();
    const csv = 'Website,Email,Notes,Status\nhttps://www.garden.example/links/?utm_source=x,ann@garden.example,Met at expo,Replied\n';
    const plan = await planCsvImport(db, csv, { now: NOW, newId: () => 'g1' });
    expect(plan.errors).toEqual([]);
    const added = plan.toAdd[0]?.prospect;
    const built = buildProspect('https://www.garden.example/links/?utm_source=x', { status: 'replied', notes: 'Met at expo', contacts: added?.contacts }, { id: 'g1', now: NOW });
    expect(added).toEqual(built);
    expect(added?.contacts.map((c) => c.value)).toEqual(['ann@garden.example']);
  });

  it("keeps the dates of our own export, and a date cell holding only spaces takes the import's time instead of rejecting the row", async () => {
    db = freshDb();
    const records = [makeProspect('https://a.example/', { id: 'a', createdAt: Date.UTC(2024, 0, 2), updatedAt: Date.UTC(2024, 1, 3) }), makeProspect('https://b.example/', { id: 'b' })];
    const csv = await (await exportProspectsCsv([records], [])).text();
    const [header = '', first = '', second = ''] = csv.split(/\r?\n/);
    const column = header.split(',').indexOf('created_at');
    const blanked = second.split(',').map((cell, i) => (i === column ? '  ' : cell)).join(',');
    const plan = await planCsvImport(db, [header, first, blanked].join('\n'), { now: NOW, newId: ids });
    expect(plan.errors).toEqual([]);
    expect(plan.toAdd.map((a) => [a.prospect.id, a.prospect.createdAt, a.prospect.updatedAt])).toEqual([
      ['a', Date.UTC(2024, 0, 2), Date.UTC(2024, 1, 3)],
      ['b', NOW, records[1]?.updatedAt],
    ]);
  });
});
