import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { addStarterTemplates, deleteTemplate, duplicateTemplate, listTemplates, saveTemplate } from '@/lib/db/outreach-templates';
import { addDoNotContact, listDoNotContact, removeDoNotContact } from '@/lib/db/outreach-dnc';
import { closeSequence, markSent, sendsFor, sendTimesSince } from '@/lib/db/outreach-sends';
import { followUpsToNotify } from '@/lib/jobs/reminders';
import { DAY_MS } from '@/lib/outreach/sequence';
import { STARTER_TEMPLATES } from '@/lib/outreach/starter-templates';
import { freshDb, makeProspect } from './fixtures';

let db: LinkscoutDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const twoSteps = { name: 'Broken link', opportunityType: 'broken-link' as const, steps: [{ subject: 'A', body: 'a', waitDays: 4 }, { subject: 'B', body: 'b', waitDays: 0 }] };
const withEmail = (over = {}) => makeProspect('https://blog.hive.example/links', { contacts: [{ kind: 'email', value: 'maya@hive.example', source: 'mailto link' }], ...over });

describe('templates', () => {
  it('a new database starts with the starter templates', async () => {
    expect((await listTemplates(db)).length).toBe(STARTER_TEMPLATES.length);
  });

  it('saves, edits, duplicates and deletes', async () => {
    const saved = await saveTemplate(db, twoSteps, 10);
    const edited = await saveTemplate(db, { ...twoSteps, id: saved.id, name: 'Broken link v2' }, 20);
    expect(edited).toMatchObject({ id: saved.id, name: 'Broken link v2', createdAt: 10, updatedAt: 20 });
    const copy = await duplicateTemplate(db, saved.id, 30);
    expect(copy.name).toBe('Broken link v2 (copy)');
    await deleteTemplate(db, saved.id);
    expect(await db.templates.get(saved.id)).toBeUndefined();
    expect(await db.templates.get(copy.id)).toBeDefined();
  });

  it('refuses an invalid template and writes nothing', async () => {
    const before = await db.templates.count();
    await expect(saveTemplate(db, { ...twoSteps, name: ' ', steps: [] })).rejects.toThrow();
    expect(await db.templates.count()).toBe(before);
  });

  it('puts back deleted starter templates only', async () => {
    await deleteTemplate(db, 'starter-guest-post');
    await saveTemplate(db, { ...twoSteps, id: 'starter-broken-link', name: 'Mine now' });
    expect(await addStarterTemplates(db)).toBe(1);
    expect((await db.templates.get('starter-broken-link'))?.name).toBe('Mine now');
  });
});

describe('do not contact', () => {
  it('adds normalised entries, refuses repeats and bad input, removes', async () => {
    const entry = await addDoNotContact(db, 'https://www.Hive.example/', 'asked us to stop', 5);
    expect(entry).toMatchObject({ kind: 'domain', value: 'hive.example', reason: 'asked us to stop' });
    await expect(addDoNotContact(db, 'hive.example', '')).rejects.toThrow('already on the do-not-contact list');
    await expect(addDoNotContact(db, 'nope@', '')).rejects.toThrow('is not an e-mail address');
    expect(await listDoNotContact(db)).toHaveLength(1);
    await removeDoNotContact(db, entry.id);
    expect(await listDoNotContact(db)).toEqual([]);
  });
});

describe('mark sent', () => {
  it('sets contacted, logs step and template, schedules the next step as a reminder', async () => {
    const p = withEmail();
    await db.prospects.add(p);
    const t = await saveTemplate(db, twoSteps);
    const { prospect, entry } = await markSent(db, { prospectId: p.id, templateId: t.id, step: 0, route: 'gmail' }, 1_000);
    expect(prospect.status).toBe('contacted');
    expect(prospect.followUpAt).toBe(1_000 + 4 * DAY_MS);
    expect(prospect.history).toEqual([
      { kind: 'status', at: 1_000, from: 'new', to: 'contacted' },
      { kind: 'sent', at: 1_000, templateId: t.id, templateName: 'Broken link', step: 0 },
    ]);
    expect(entry).toMatchObject({ prospectId: p.id, to: 'maya@hive.example', route: 'gmail', step: 0 });
    expect((await followUpsToNotify(db, 1_000 + 4 * DAY_MS, {})).fresh.map((d) => d.id)).toEqual([p.id]);

    const second = await markSent(db, { prospectId: p.id, templateId: t.id, step: 1, route: 'mailto' }, 2_000);
    expect(second.prospect).toMatchObject({ status: 'followed-up', followUpAt: null });
    expect((await sendsFor(db, p.id)).map((s) => s.step)).toEqual([0, 1]);
    expect(await sendTimesSince(db, 1_500)).toEqual([2_000]);
  });

  it.each([
    ['no e-mail', () => makeProspect('https://hive.example/'), 'has no e-mail address'],
    ['a replied prospect', () => withEmail({ status: 'replied' }), 'sequence is stopped'],
  ])('refuses %s and writes nothing', async (_label, make, message) => {
    const p = make();
    await db.prospects.add(p);
    const t = await saveTemplate(db, twoSteps);
    await expect(markSent(db, { prospectId: p.id, templateId: t.id, step: 0, route: 'copy' })).rejects.toThrow(message);
    expect((await db.prospects.get(p.id))?.history).toEqual([]);
    expect(await db.sendLog.count()).toBe(0);
  });

  it('refuses a prospect on the do-not-contact list and writes nothing', async () => {
    const p = withEmail();
    await db.prospects.add(p);
    await addDoNotContact(db, 'hive.example', '');
    const t = await saveTemplate(db, twoSteps);
    await expect(markSent(db, { prospectId: p.id, templateId: t.id, step: 0, route: 'gmail' })).rejects.toThrow('Do not contact');
    expect((await db.prospects.get(p.id))?.status).toBe('new');
    expect(await db.sendLog.count()).toBe(0);
  });

  it('replied stops the sequence: no follow-up is due any more', async () => {
    const p = withEmail();
    await db.prospects.add(p);
    const t = await saveTemplate(db, twoSteps);
    await markSent(db, { prospectId: p.id, templateId: t.id, step: 0, route: 'gmail' }, 1_000);
    const replied = await closeSequence(db, p.id, 'replied', 2_000);
    expect(replied).toMatchObject({ status: 'replied', followUpAt: null });
    expect((await followUpsToNotify(db, 10 * DAY_MS, {})).count).toBe(0);
  });
});
