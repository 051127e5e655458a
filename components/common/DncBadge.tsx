import type { DoNotContact } from '@/lib/schemas/outreach';
import type { Prospect } from '@/lib/schemas/prospect';
import { blockingEntry } from '@/lib/outreach/do-not-contact';

/**
 * The do-not-contact entry that covers a prospect, as a short reason; null when none. (A status of
 * "do not contact" is already shown by the status itself, so it gets no second badge.)
 */
export function dncReason(p: Pick<Prospect, 'domain' | 'contacts'>, entries: readonly DoNotContact[]): string | null {
  const entry = blockingEntry(entries, { domain: p.domain, emails: p.contacts.filter((c) => c.kind === 'email').map((c) => c.value) });
  return entry ? `${entry.value} is on your do-not-contact list${entry.reason ? `: ${entry.reason}` : ''}` : null;
}

/** "Do not contact" wherever a prospect or site is shown; the reason is in the title and for screen readers. */
export function DncBadge({ reason }: { reason: string | null }) {
  if (!reason) return null;
  return (
    <span class="badge dnc" data-testid="dnc-badge" title={reason}>
      Do not contact<span class="visually-hidden">: {reason}</span>
    </span>
  );
}
