import { signal } from '@preact/signals';
import type { SaveStatus, SettingsDraft } from './draft';

/** Signals behind the options page; what changes them is createOptionsActions (actions.ts). */
export function createOptionsState() {
  return {
    loading: signal(true),
    draft: signal<SettingsDraft | null>(null),
    errors: signal<Partial<Record<keyof SettingsDraft, string>>>({}),
    status: signal<SaveStatus>({ kind: 'idle' }),
    problems: signal<string[]>([]),
  };
}

export type OptionsState = ReturnType<typeof createOptionsState>;
