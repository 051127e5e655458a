import { afterEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { exportBackup } from '@/lib/export/backup';
import { parseBackup } from '@/lib/export/backup-restore';
import { campaignsByAge, prospectChunks } from '@/lib/db/transfer-read';
import { restoreBackup } from '@/lib/db/transfer-restore';
import { outreachForBackup } from '@/lib/db/outreach-restore';
import { addDoNotContact } from '@/lib/db/outreach-dnc';
import { saveTemplate } from '@/lib/db/outreach-templates';
import { markSent, sendsFor, sendTimesSince } from '@/lib/db/outreach-sends';
import { freshDb, makeProspect } from '../db/fixtures';

const dbs: LinkscoutDb[] = [];
const newDb = () => {
  const db = freshDb();
  dbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

const backupText = async (db: LinkscoutDb) => (await exportBackup(await campaignsByAge(db), prospectChunks(db), new Date(0), await outreachForBackup(db))).text();
const mine = { name: 'My pitch', opportunityType: 'guest-post' as const, steps: [{ subject: 'Hi {first_name|there}', body: 'Body', waitDays: 3 }] };

describe('outreach in the JSON backup', () => {
  it('keeps templates and the do-not-contact list through backup and restore', async () => {
    const source = newDb();
    const template = await saveTemplate(source, mine, 50);
    await addDoNotContact(source, 'blocked.example', 'asked us to stop', 7);
    const text = await backupText(source);

    const target = newDb();
    await target.templates.clear();
    const report = await restoreBackup(target, parseBackup(text));
    expect(report.templates.added).toBe((await source.templates.count()));
    expect(report.doNotContact).toEqual({ added: 1, updated: 0, skipped: 0 });
    expect(await target.templates.get(template.id)).toEqual(template);
    expect((await target.doNotContact.toArray()).map((e) => [e.value, e.reason])).toEqual([['blocked.example', 'asked us to stop']]);
  });

  it('replaces a template only with a newer edit and skips listed entries', async () => {
    const source = newDb();
    const template = await saveTemplate(source, mine, 50);
    await addDoNotContact(source, 'blocked.example', '');
    const text = await backupText(source);
    const target = newDb();
    await saveTemplate(target, { ...mine, id: template.id, name: 'Edited later' }, 90);
    await addDoNotContact(target, 'blocked.example', 'mine');
    const report = await restoreBackup(target, parseBackup(text));
    expect((await target.templates.get(template.id))?.name).toBe('Edited later');
    expect(report.doNotContact.skipped).toBe(1);
    expect((await target.doNotContact.toArray())[0]?.reason).toBe('mine');
  });

  it('keeps the send log through backup and restore, pointed at the prospect as stored, never twice', async () => {
    const source = newDb();
    const template = await saveTemplate(source, mine, 50);
    const prospect = makeProspect('https://blog.hive.example/links', { contacts: [{ kind: 'email', value: 'maya@hive.example', source: 'mailto link' }] });
    await source.prospects.add(prospect);
    const { entry } = await markSent(source, { prospectId: prospect.id, templateId: template.id, step: 0, route: 'gmail' }, 1_000);
    const text = await backupText(source);
    expect(JSON.parse(text).sendLog).toEqual([entry]);

    const target = newDb();
    const samePage = makeProspect('https://blog.hive.example/links/'); // saved here under another id
    await target.prospects.add(samePage);
    const report = await restoreBackup(target, parseBackup(text));
    expect(report.sendLog).toEqual({ added: 1, updated: 0, skipped: 0 });
    expect(await sendsFor(target, samePage.id)).toEqual([{ ...entry, prospectId: samePage.id }]);
    expect(await sendTimesSince(target, 0)).toEqual([1_000]);

    const again = await restoreBackup(target, parseBackup(text));
    expect(again.sendLog).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect(await target.sendLog.count()).toBe(1);
  });

  it('reads and restores a backup made before outreach or the send log existed', async () => {
    const old = JSON.stringify({ format: 'linkscout-backup', version: 1, exportedAt: 'x', campaigns: [], prospects: [makeProspect('https://old.example/')] });
    expect(parseBackup(old)).toMatchObject({ templates: [], doNotContact: [], sendLog: [] });
    const target = newDb();
    const report = await restoreBackup(target, parseBackup(old));
    expect(report.prospects.added).toBe(1);
    expect(report.sendLog).toEqual({ added: 0, updated: 0, skipped: 0 });
  });

  it('names a bad sent e-mail and restores nothing', () => {
    const bad = JSON.stringify({ format: 'linkscout-backup', version: 1, exportedAt: 'x', campaigns: [], prospects: [], sendLog: [{ id: 's', prospectId: 'p', templateId: 't', templateName: 'x', step: 0, to: '', route: 'pigeon', sentAt: 1 }] });
    expect(() => parseBackup(bad)).toThrow(/sent e-mail #1 \(id s\) is invalid — route/);
  });

  it('names a bad template and restores nothing', () => {
    const bad = JSON.stringify({ format: 'linkscout-backup', version: 1, exportedAt: 'x', campaigns: [], prospects: [], templates: [{ id: 't', name: 'x', steps: [] }] });
    expect(() => parseBackup(bad)).toThrow(/template #1 \(id t\) is invalid/);
  });
});
