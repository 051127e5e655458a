import { afterEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { mapColumns } from '@/lib/export/import-columns';
import { LINK_LISTED } from '@/lib/export/import-stages';
import { applyImport, planCsvImport } from './import-helpers';
import { freshDb, makeProspect } from '../db/fixtures';

let db: LinkscoutDb;
afterEach(async () => {
  await db?.delete();
});
let counter = 0;
const newId = () => `new-${++counter}`;
const NOW = Date.UTC(2025, 5, 1);

// Hunter's domain search export: one row per e-mail address.
const HUNTER = [
  'Email address,First name,Last name,Full name,Email address type,Confidence score,Organization,Department,Position,Twitter handle,LinkedIn URL,Phone number,Domain name',
  'jane@garden.example,Jane,Doe,Jane Doe,personal,96,Garden Weekly,editorial,Editor,janedoe,https://www.linkedin.com/in/janedoe,,garden.example',
  'bob@garden.example,Bob,Stone,Bob Stone,personal,91,Garden Weekly,marketing,Outreach Manager,,,,garden.example',
  'info@garden.example,,,,generic,88,Garden Weekly,,,,,+44 20 7946 0000,garden.example',
].join('\r\n');

// BuzzStream's link partner import template (the first 16 columns of its data specification), and an e-mail column.
const BUZZ_TEMPLATE = [
  'Link Partner – Name,Link Partner – Domain,Linking from,Linking To,Anchor Text,Sitewide Link?,Sitewide – # of links,Acquisition Method,Payment Date,Payment – Amount,Payment – Method,Payment – Reference ID,Payment – Type,Payment – Term,Payment – Start date,Payment – Expiration date,Email',
  'Garden Weekly,garden.example,https://garden.example/resources/tools,https://mysite.example/guide,best garden guide,No,,Organic,,,,,,,,,"editor@garden.example; ads@garden.example"',
  'Potting Shed,pottingshed.example,,,,,,Purchase,03/01/2025,150,Paypal,TX-1,Permanent,,,,',
].join('\r\n');

// A BuzzStream link partner export with relationship stages.
const BUZZ_EXPORT = [
  'Name,Website,Relationship Stage,Email,Twitter,Tags,Notes,Project',
  'Garden Weekly,https://garden.example,Attempting to Reach,editor@garden.example,@gardenweekly,"sports, women, resource list, q4-push",Met at expo,Spring',
  'Potting Shed,https://pottingshed.example,Link Accepted,,,,,Spring',
  'Seed Bank,https://seedbank.example,Sleeping,,,,,Spring',
].join('\n');

// Pitchbox / Respona style.
const PITCHBOX = [
  'Website,Email,First Name,Last Name,Status',
  'https://garden.example/resources,jane@garden.example,Jane,Doe,Replied',
  'https://garden.example/resources,bob@garden.example,Bob,Stone,Replied',
].join('\n');

describe('layouts are recognised by their headers', () => {
  it.each([
    [HUNTER, 'hunter'],
    [BUZZ_TEMPLATE, 'buzzstream-template'],
    [BUZZ_EXPORT, 'buzzstream-export'],
    [PITCHBOX, 'pitchbox'],
    ['url,email\n', 'generic'],
  ])('%#: %s…', (csv, layout) => {
    expect(mapColumns((csv.split(/\r?\n/)[0] ?? '').split(',')).layout).toBe(layout);
  });
});

describe('Hunter domain search export', () => {
  it('groups the people of one domain into one prospect with every contact, name, position and confidence', async () => {
    db = freshDb();
    const plan = await planCsvImport(db, HUNTER, { now: NOW, newId });
    expect(plan.errors).toEqual([]);
    expect(plan.toAdd).toHaveLength(1);
    const [added] = plan.toAdd;
    expect(added?.lines).toEqual([2, 3, 4]);
    expect(added?.prospect).toMatchObject({ url: 'https://garden.example/', title: 'Garden Weekly', domain: 'garden.example' });
    expect(added?.prospect.contacts).toEqual([
      { kind: 'email', value: 'jane@garden.example', source: 'Hunter import', name: 'Jane Doe', position: 'Editor', confidence: 96 },
      { kind: 'social', value: 'https://www.linkedin.com/in/janedoe', source: 'Hunter import' },
      { kind: 'social', value: 'https://twitter.com/janedoe', source: 'Hunter import' },
      { kind: 'email', value: 'bob@garden.example', source: 'Hunter import', name: 'Bob Stone', position: 'Outreach Manager', confidence: 91 },
      { kind: 'email', value: 'info@garden.example', source: 'Hunter import', confidence: 88 },
      { kind: 'phone', value: '+44 20 7946 0000', source: 'Hunter import' },
    ]);
  });

  it('attaches the people to the prospect already saved on that domain, changing nothing else', async () => {
    db = freshDb();
    const saved = makeProspect('https://www.garden.example/resources/links', { id: 'saved', title: 'Links we love', tags: ['diy'], notes: 'warm lead', status: 'contacted' });
    await db.prospects.add(saved);
    const plan = await planCsvImport(db, HUNTER, { now: NOW, newId });
    expect(plan.toAdd).toEqual([]);
    expect(plan.toUpdate.map((u) => [u.before.id, u.matchedBy, u.lines])).toEqual([['saved', 'domain', [2, 3, 4]]]);
    expect(plan.toUpdate[0]?.diffs.map((d) => d.field)).toEqual(['contacts']);
    await applyImport(db, plan, { now: NOW });
    const after = await db.prospects.get('saved');
    expect(after?.contacts.filter((c) => c.kind === 'email').map((c) => c.name ?? c.value)).toEqual(['Jane Doe', 'Bob Stone', 'info@garden.example']);
    expect(after).toMatchObject({ url: saved.url, title: 'Links we love', tags: ['diy'], notes: 'warm lead', status: 'contacted' });
    expect(await db.prospects.count()).toBe(1);
  });

  it('offers one prospect per URL instead', async () => {
    db = freshDb();
    await db.prospects.add(makeProspect('https://garden.example/resources/links', { id: 'saved' }));
    const plan = await planCsvImport(db, HUNTER, { now: NOW, newId, matchMode: 'url' });
    expect(plan.toUpdate).toEqual([]);
    expect(plan.toAdd.map((a) => a.prospect.url)).toEqual(['https://garden.example/']);
  });
});

describe('BuzzStream', () => {
  it('imports its link partner template: page, site name as title, my linked page, acquisition, split addresses', async () => {
    db = freshDb();
    const plan = await planCsvImport(db, BUZZ_TEMPLATE, { now: NOW, newId });
    expect(plan.errors).toEqual([]);
    expect(plan.ignoredColumns).toContain('Payment – Amount');
    const [garden, shed] = plan.toAdd.map((a) => a.prospect);
    expect(garden).toMatchObject({
      url: 'https://garden.example/resources/tools', title: 'Garden Weekly', status: 'won', tags: ['acquisition: organic'],
      linksToMySite: [{ url: 'https://mysite.example/guide', anchorText: 'best garden guide', rel: [] }],
    });
    expect(garden?.contacts.map((c) => `${c.kind}:${c.value}`)).toEqual(['email:editor@garden.example', 'email:ads@garden.example']);
    // The link partner's name is a site, never a person.
    expect(garden?.contacts.some((c) => c.kind === 'author')).toBe(false);
    expect(shed).toMatchObject({ url: 'https://pottingshed.example/', title: 'Potting Shed', status: 'new', tags: ['acquisition: purchase'] });
    expect(plan.stages).toEqual([{ stage: LINK_LISTED, status: 'won', rows: 1 }]);
  });

  it('maps an export\'s relationship stages through the visible table, and leaves an unknown stage alone', async () => {
    db = freshDb();
    await db.prospects.add(makeProspect('https://seedbank.example/', { id: 'seed', status: 'qualified' }));
    const plan = await planCsvImport(db, BUZZ_EXPORT, { now: NOW, newId });
    expect(plan.errors).toEqual([]);
    expect(plan.stages).toEqual([
      { stage: 'Attempting to Reach', status: 'contacted', rows: 1 },
      { stage: 'Link Accepted', status: 'won', rows: 1 },
      { stage: 'Sleeping', status: null, rows: 1 },
    ]);
    expect(plan.toAdd.map((a) => [a.prospect.title, a.prospect.status])).toEqual([['Garden Weekly', 'contacted'], ['Potting Shed', 'won']]);
    expect(plan.toAdd[0]?.prospect.tags).toEqual(['sports', 'women', 'resource list', 'q4-push']);
    expect(plan.toAdd[0]?.prospect.contacts.map((c) => `${c.kind}:${c.value}`)).toEqual(['email:editor@garden.example', 'social:https://twitter.com/gardenweekly']);
    expect(plan.toUpdate.map((u) => u.diffs.map((d) => d.field))).toEqual([['campaignId']]);
    expect(plan.toUpdate[0]?.after.status).toBe('qualified');
  });
});

describe('Pitchbox / Respona style', () => {
  it('groups rows of one page into one prospect with each person', async () => {
    db = freshDb();
    const plan = await planCsvImport(db, PITCHBOX, { now: NOW, newId });
    expect(plan.toAdd).toHaveLength(1);
    expect(plan.toAdd[0]?.prospect).toMatchObject({ url: 'https://garden.example/resources', status: 'replied' });
    expect(plan.toAdd[0]?.prospect.contacts).toEqual([
      { kind: 'email', value: 'jane@garden.example', source: 'imported', name: 'Jane Doe' },
      { kind: 'email', value: 'bob@garden.example', source: 'imported', name: 'Bob Stone' },
    ]);
  });
});
