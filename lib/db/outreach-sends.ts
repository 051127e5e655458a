import type { LinkscoutDb } from '@/lib/db/database';
import { toProspect } from '@/lib/db/derived';
import { guardStorage, StorageError } from '@/lib/db/errors';
import { applyPatch } from '@/lib/db/prospect-patch';
import type { Prospect } from '@/lib/schemas/prospect';
import type { ComposeRoute, SendLogEntry } from '@/lib/schemas/outreach';
import { afterSend, sequenceStopped } from '@/lib/outreach/sequence';
import { blockingEntry, blockMessage } from '@/lib/outreach/do-not-contact';
import { primaryEmail } from '@/lib/outreach/merge-values';

export interface SendInput {
  prospectId: string;
  templateId: string;
  step: number;
  route: ComposeRoute;
}

export interface SendResult {
  prospect: Prospect;
  entry: SendLogEntry;
}

/**
 * Marks a step as sent, all in one transaction: the status (contacted, or followed up after the
 * first step), a history entry naming the step and template, the follow-up date for the next step
 * (which the reminders pick up), and the send log. The do-not-contact list and the prospect's
 * status are checked again inside it, so a refused send writes nothing.
 */
export function markSent(db: LinkscoutDb, input: SendInput, now = Date.now()): Promise<SendResult> {
  return guardStorage('Marking the e-mail as sent failed', () =>
    db.transaction('rw', [db.prospects, db.templates, db.doNotContact, db.sendLog], async () => {
      const row = await db.prospects.get(input.prospectId);
      if (!row) throw new StorageError('unknown', 'This prospect no longer exists (it may have been deleted in another tab).');
      const prospect = toProspect(row);
      const template = await db.templates.get(input.templateId);
      if (!template) throw new StorageError('unknown', 'This template no longer exists (it may have been deleted in another tab).');
      const to = primaryEmail(prospect);
      if (!to) throw new StorageError('constraint', 'This prospect has no e-mail address: add one before marking an e-mail as sent.');
      if (sequenceStopped(prospect.status)) throw new StorageError('constraint', `This prospect’s status is “${prospect.status}”: its sequence is stopped.`);
      const blocked = blockingEntry(await db.doNotContact.toArray(), { domain: prospect.domain, emails: [to] });
      if (blocked) throw new StorageError('constraint', blockMessage(blocked));
      const next = afterSend(template, input.step, now);
      const patched = applyPatch(prospect, { status: next.status, followUpAt: next.followUpAt }, now);
      const updated: Prospect = {
        ...patched,
        history: [...patched.history, { kind: 'sent', at: now, templateId: template.id, templateName: template.name, step: input.step }],
      };
      const entry: SendLogEntry = { id: crypto.randomUUID(), prospectId: prospect.id, templateId: template.id, templateName: template.name, step: input.step, to, route: input.route, sentAt: now };
      await db.prospects.put(updated);
      await db.sendLog.add(entry);
      return { prospect: updated, entry };
    }),
  );
}

/** Replied or won: the status changes and the sequence stops; the follow-up ends by the same rule as any status change. */
export function closeSequence(db: LinkscoutDb, prospectId: string, status: 'replied' | 'won', now = Date.now()): Promise<Prospect> {
  return guardStorage('Updating the prospect failed', () =>
    db.transaction('rw', db.prospects, async () => {
      const row = await db.prospects.get(prospectId);
      if (!row) throw new StorageError('unknown', 'This prospect no longer exists (it may have been deleted in another tab).');
      const updated = applyPatch(toProspect(row), { status }, now);
      await db.prospects.put(updated);
      return updated;
    }),
  );
}

export function sendsFor(db: LinkscoutDb, prospectId: string): Promise<SendLogEntry[]> {
  return db.sendLog.where('prospectId').equals(prospectId).sortBy('sentAt');
}

/** When each e-mail since `from` was marked sent (for the pacing hint). */
export async function sendTimesSince(db: LinkscoutDb, from: number): Promise<number[]> {
  return (await db.sendLog.where('sentAt').aboveOrEqual(from).toArray()).map((e) => e.sentAt);
}
