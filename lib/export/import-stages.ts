import type { ProspectStatus } from '@/lib/schemas/prospect';
import { prospectStatusSchema } from '@/lib/schemas/prospect';

/**
 * Other tools' stages (BuzzStream's relationship stages, Pitchbox / Respona / Hunter sequence
 * states, common hand-typed words) onto our pipeline. Keys are compared lower-case with
 * punctuation as spaces. The preview shows every stage a file uses and where it lands.
 */
const STAGES: ReadonlyArray<readonly [ProspectStatus, readonly string[]]> = [
  ['new', ['not started', 'not contacted', 'to contact', 'untouched', 'prospect', 'lead', 'to do', 'todo', 'reviewing']],
  ['qualified', ['approved', 'reviewed', 'good fit', 'ready']],
  ['contacted', ['attempting to reach', 'outreach sent', 'emailed', 'email sent', 'sent', 'pitched', 'prospecting', 'in sequence', 'opened', 'delivered', 'awaiting reply']],
  ['followed-up', ['followed up', 'follow up', 'follow up sent', 'follow up 1', 'follow up 2']],
  ['replied', ['responded', 'in discussion', 'in conversation', 'negotiating', 'interested', 'nurture']],
  ['won', ['link accepted', 'link placed', 'placed', 'published', 'live', 'link live', 'link acquired', 'acquired', 'successful placement', 'link built']],
  ['lost', ['not interested', 'declined', 'rejected', 'unresponsive', 'no response', 'not a good fit', 'unqualified', 'link removed', 'bounced', 'bad contact info']],
  ['do-not-contact', ['unsubscribed', 'opted out', 'blacklisted', 'blocklisted', 'excluded', 'dnc']],
];

export function stageKey(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const BY_KEY = new Map<string, ProspectStatus>([
  ...prospectStatusSchema.options.map((s) => [stageKey(s), s] as const),
  ...STAGES.flatMap(([status, names]) => names.map((name) => [stageKey(name), status] as const)),
]);

/** Our status for a stage name, or null when the name is not known (the status is then left as it is). */
export function mapStage(value: string): ProspectStatus | null {
  return BY_KEY.get(stageKey(value)) ?? null;
}

/** Shown in the preview when a file names a link but no stage: a placed link is a won prospect. */
export const LINK_LISTED = '(a placed link is listed)';
