import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LinkscoutDb } from '@/lib/db/database';
import { blankTemplate, createTemplatesActions, createTemplatesState, draftErrors } from '@/lib/state/dashboard/templates';
import { freshDb } from '../../db/fixtures';

let db: LinkscoutDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('templates view actions', () => {
  it('saves a new template and keeps editing it under its id', async () => {
    const state = createTemplatesState();
    const actions = createTemplatesActions(state, db);
    actions.create();
    actions.edit({ ...blankTemplate('guest-post'), name: 'Mine' });
    await actions.save();
    expect(state.status.value).toEqual({ kind: 'saved', message: 'Saved “Mine”.' });
    const id = state.draft.value?.id;
    expect(id && (await db.templates.get(id))?.opportunityType).toBe('guest-post');
  });

  it('refuses a draft that does not parse and writes nothing', async () => {
    const state = createTemplatesState();
    const actions = createTemplatesActions(state, db);
    const before = await db.templates.count();
    actions.edit({ ...blankTemplate(), name: '', steps: [{ subject: 'Hi {first_name', body: 'x', waitDays: 1 }] });
    expect(draftErrors(state.draft.value!)).toEqual(['Give the template a name.', expect.stringContaining('Step 1, subject: The "{" at line 1, column 4 is never closed')]);
    await actions.save();
    expect(state.status.value).toEqual({ kind: 'error', message: 'Not saved: Give the template a name.' });
    expect(await db.templates.count()).toBe(before);
  });

  it('deletes the open template, closing the editor, and brings starters back', async () => {
    const state = createTemplatesState();
    const actions = createTemplatesActions(state, db);
    const starter = await db.templates.get('starter-guest-post');
    actions.open(starter!);
    await actions.remove(starter!);
    expect(state.draft.value).toBeNull();
    expect(await db.templates.get('starter-guest-post')).toBeUndefined();
    await actions.addStarters();
    expect(state.status.value).toEqual({ kind: 'saved', message: 'Added 1 starter template.' });
  });

  it('adds and removes do-not-contact entries, reporting a bad one', async () => {
    const state = createTemplatesState();
    const actions = createTemplatesActions(state, db);
    await actions.addDnc('nope', '');
    expect(state.dncStatus.value).toEqual({ kind: 'error', message: '"nope" is not a domain or an e-mail address.' });
    await actions.addDnc('www.hive.example', 'asked');
    expect(state.dncStatus.value).toEqual({ kind: 'saved', message: 'Added hive.example.' });
    const [entry] = await db.doNotContact.toArray();
    await actions.removeDnc(entry!.id, entry!.value);
    expect(await db.doNotContact.count()).toBe(0);
  });
});
