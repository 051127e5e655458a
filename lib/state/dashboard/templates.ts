import { signal } from '@preact/signals';
import { errorText } from '@/lib/text/error-text';
import type { LinkscoutDb } from '@/lib/db/database';
import { addStarterTemplates, deleteTemplate, duplicateTemplate, saveTemplate, type TemplateDraft } from '@/lib/db/outreach-templates';
import { addDoNotContact, removeDoNotContact } from '@/lib/db/outreach-dnc';
import { lintStepDetail } from '@/lib/outreach/lint';
import type { Template } from '@/lib/schemas/outreach';
import type { OpportunityType } from '@/lib/schemas/prospect';
import { counted } from '@/lib/text/plural';

export type EditorStatus = { kind: 'idle' } | { kind: 'saved'; message: string } | { kind: 'error'; message: string };

/** The Templates and Do-not-contact views: which template is open in the editor, and its draft. */
export function createTemplatesState() {
  return {
    draft: signal<TemplateDraft | null>(null),
    status: signal<EditorStatus>({ kind: 'idle' }),
    dncStatus: signal<EditorStatus>({ kind: 'idle' }),
  };
}

export type TemplatesState = ReturnType<typeof createTemplatesState>;

export function blankTemplate(type: OpportunityType = 'other'): TemplateDraft {
  return { name: 'New template', opportunityType: type, steps: [{ subject: 'Hi {first_name|there}', body: 'Hi {first_name|there},\n\n\n\nThanks,\n{my_name}', waitDays: 5 }] };
}

/** Blocking problems of a draft: a name, and every step parsing with a subject and a body. */
export function draftErrors(draft: TemplateDraft): string[] {
  const errors = draft.name.trim() ? [] : ['Give the template a name.'];
  return [...errors, ...draft.steps.flatMap((s, i) => lintStepDetail(s, `Step ${i + 1}`).errors)];
}

export function createTemplatesActions(state: TemplatesState, db: LinkscoutDb) {
  const attempt = async (target: typeof state.status, work: () => Promise<string>) => {
    try {
      target.value = { kind: 'saved', message: await work() };
    } catch (error) {
      target.value = { kind: 'error', message: errorText(error) };
    }
  };
  return {
    open: (t: Template) => {
      state.draft.value = { id: t.id, name: t.name, opportunityType: t.opportunityType, steps: t.steps.map((s) => ({ ...s })) };
      state.status.value = { kind: 'idle' };
    },
    create: () => {
      state.draft.value = blankTemplate();
      state.status.value = { kind: 'idle' };
    },
    close: () => (state.draft.value = null),
    edit: (draft: TemplateDraft) => (state.draft.value = draft),
    save: () =>
      attempt(state.status, async () => {
        const draft = state.draft.value;
        if (!draft) return '';
        const errors = draftErrors(draft);
        if (errors.length > 0) throw new Error(`Not saved: ${errors[0]}`);
        const saved = await saveTemplate(db, draft);
        state.draft.value = { ...draft, id: saved.id };
        return `Saved “${saved.name}”.`;
      }),
    duplicate: (id: string) => attempt(state.status, async () => `Created “${(await duplicateTemplate(db, id)).name}”.`),
    remove: (t: Template) =>
      attempt(state.status, async () => {
        await deleteTemplate(db, t.id);
        if (state.draft.value?.id === t.id) state.draft.value = null;
        return `Deleted “${t.name}”.`;
      }),
    addStarters: () => attempt(state.status, async () => `Added ${counted(await addStarterTemplates(db), 'starter template')}.`),
    addDnc: (input: string, reason: string) => attempt(state.dncStatus, async () => `Added ${(await addDoNotContact(db, input, reason)).value}.`),
    removeDnc: (id: string, value: string) =>
      attempt(state.dncStatus, async () => {
        await removeDoNotContact(db, id);
        return `Removed ${value}.`;
      }),
  };
}

export type TemplatesActions = ReturnType<typeof createTemplatesActions>;
