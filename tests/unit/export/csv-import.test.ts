import { afterEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { getProspect } from '@/lib/db/prospect-lookups';
import { applyImport, importLookups } from '@/lib/db/transfer-import';
import { planCsvImport } from '@/lib/export/import-plan';
import { exportProspectsCsv } from '@/lib/export/prospect-csv';
import { freshDb, makeProspect } from '../db/fixtures';

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
    const plan = await planCsvImport(importLookups(db), csv, { now: NOW, newId: ids });
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
      contacts: [
        { kind: 'email', value: 'ann@garden.example', source: 'imported' },
        { kind: 'author', value: 'Ann Lee', source: 'imported' },
      ],
    });
  });

  it('maps Hunter-style columns: domain only, first and last name, phone, LinkedIn; semicolons; unknown columns listed', async () => {
    db = freshDb();
    const csv = 'Email address;First name;Last name;Domain name;Phone number;LinkedIn URL;Confidence score\n' +
      'bob@shop.example;Bob;Stone;shop.example;+44 20 7946 0000;https://linkedin.com/in/bob;94\n';
    const plan = await planCsvImport(importLookups(db), csv, { now: NOW, newId: ids });
    expect(plan.errors).toEqual([]);
    expect(plan.ignoredColumns).toEqual(['Confidence score']);
    expect(plan.toAdd[0]?.prospect.url).toBe('https://shop.example/');
    expect(plan.toAdd[0]?.prospect.contacts.map((c) => `${c.kind}:${c.value}`)).toEqual([
      'email:bob@shop.example', 'social:https://linkedin.com/in/bob', 'phone:+44 20 7946 0000', 'author:Bob Stone',
    ]);
  });

  it('matches headers whatever their case and spacing', async () => {
    db = freshDb();
    const plan = await planCsvImport(importLookups(db), ' WEBSITE ,E-MAIL ADDRESS\nexample.com/page,x@example.com\n', { now: NOW, newId: ids });
    expect(plan.toAdd[0]?.prospect).toMatchObject({ url: 'https://example.com/page', contacts: [{ kind: 'email', value: 'x@example.com' }] });
  });

  it('says when there is no URL column at all', async () => {
    db = freshDb();
    const plan = await planCsvImport(importLookups(db), 'Name,Email\nAnn,ann@x.example\n');
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
      'https://www.a.example,,,,,', // line 10: same page as line 2
      ',,only notes,,,', // line 11
      'https://f.example/,Do Not Contact,"multi', // lines 12-14
      'line',
      'note",2025-03-01,55,f@f.example',
      'https://g.example/,new,"never closed', // line 15
      '',
    ].join('\r\n');
    const plan = await planCsvImport(importLookups(db), csv, { now: NOW, newId: ids });
    expect(plan.errors.map((e) => e.line)).toEqual([4, 6, 7, 8, 9, 10, 11, 15]);
    expect(plan.errors.find((e) => e.line === 4)?.reason).toMatch(/not an http\(s\) URL/);
    expect(plan.errors.find((e) => e.line === 6)?.reason).toMatch(/unknown status "sleeping"/);
    expect(plan.errors.find((e) => e.line === 7)?.reason).toMatch(/not a date/);
    expect(plan.errors.find((e) => e.line === 8)?.reason).toMatch(/relevance/);
    expect(plan.errors.find((e) => e.line === 9)?.reason).toMatch(/not an e-mail/);
    expect(plan.errors.find((e) => e.line === 10)?.reason).toMatch(/same page as line 2/);
    expect(plan.errors.find((e) => e.line === 11)?.reason).toMatch(/no URL/);
    expect(plan.errors.find((e) => e.line === 15)?.reason).toMatch(/never closed/);
    expect(plan.toAdd.map((a) => [a.line, a.prospect.url])).toEqual([[2, 'https://a.example/'], [12, 'https://f.example/']]);
    expect(plan.toAdd[0]?.prospect.notes).toBe('first note\r\ncontinues here');
    expect(plan.toAdd[1]?.prospect).toMatchObject({ status: 'do-not-contact', relevance: 55, followUpAt: Date.UTC(2025, 2, 1) });
    const result = await applyImport(db, plan);
    expect(result).toEqual({ added: 2, updated: 0, campaignsCreated: 0 });
    expect(await db.prospects.count()).toBe(2);
  });
});

describe('updates are previewed, never silent', () => {
  it('lists field diffs for existing prospects, counts unchanged rows, merges contacts and records status history', async () => {
    db = freshDb();
    const existing = makeProspect('https://a.example/page', {
      id: 'keep-me', notes: 'old', status: 'new', tags: ['x'],
      contacts: [{ kind: 'email', value: 'ann@a.example', source: 'mailto link' }],
    });
    const same = makeProspect('https://b.example/', { id: 'same', notes: 'n' });
    await db.prospects.bulkAdd([existing, same]);
    const csv = 'url,notes,status,email,campaign\n' +
      'http://www.a.example/page/,new note,contacted,bob@a.example,Spring\n' +
      'https://b.example/,n,new,,\n' +
      'https://c.example/,hello,,,Spring\n';
    const plan = await planCsvImport(importLookups(db), csv, { now: NOW, newId: ids });
    expect(plan.errors).toEqual([]);
    expect(plan.unchanged).toEqual([3]);
    expect(plan.campaignsToCreate).toHaveLength(1);
    const campaignId = plan.campaignsToCreate[0]?.id;
    expect(plan.toAdd.map((a) => a.prospect.campaignId)).toEqual([campaignId]);
    const update = plan.toUpdate[0];
    expect(update?.line).toBe(2);
    expect(update?.diffs.map((d) => d.field).sort()).toEqual(['campaignId', 'contacts', 'notes', 'status']);
    expect(update?.diffs.find((d) => d.field === 'notes')).toEqual({ field: 'notes', from: 'old', to: 'new note' });
    expect(await getProspect(db, 'keep-me')).toEqual(existing); // planning wrote nothing

    expect(await applyImport(db, plan)).toEqual({ added: 1, updated: 1, campaignsCreated: 1 });
    const after = await getProspect(db, 'keep-me');
    expect(after).toMatchObject({
      url: 'https://a.example/page', notes: 'new note', status: 'contacted', tags: ['x'], campaignId, updatedAt: NOW,
      history: [{ kind: 'status', at: NOW, from: 'new', to: 'contacted' }],
    });
    expect(after?.contacts.map((c) => c.value)).toEqual(['ann@a.example', 'bob@a.example']);
    expect(await getProspect(db, 'same')).toEqual(same);
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
    const plan = await planCsvImport(importLookups(db), csv, { now: NOW, newId: ids });
    expect(plan).toMatchObject({ ownFormat: true, errors: [], toAdd: [], toUpdate: [], unchanged: [2, 3], campaignsToCreate: [] });
  });
});
