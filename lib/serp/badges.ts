import type { Prospect, ProspectStatus } from '@/lib/schemas/prospect';

/** What the prospect store already knows about a result's domain. */
export type ResultBadge =
  | { kind: 'new' }
  | { kind: 'saved'; status: ProspectStatus }
  | { kind: 'contacted'; status: ProspectStatus; at: number }
  | { kind: 'do-not-contact' };

const REACHED_OUT: ReadonlySet<ProspectStatus> = new Set(['contacted', 'followed-up', 'replied', 'won', 'lost']);

/** When the prospect was first contacted: its first status change out of new/qualified, else its last update. */
function contactedAt(p: Pick<Prospect, 'history' | 'updatedAt'>): number {
  let last = 0;
  for (const h of p.history) if (h.kind === 'status' && REACHED_OUT.has(h.to)) last = Math.max(last, h.at);
  return last || p.updatedAt;
}

/** The badge for a domain from its prospects; do-not-contact wins, then the latest contact, then the latest save. */
export function badgeFor(prospects: readonly Pick<Prospect, 'status' | 'history' | 'updatedAt'>[]): ResultBadge {
  if (prospects.length === 0) return { kind: 'new' };
  if (prospects.some((p) => p.status === 'do-not-contact')) return { kind: 'do-not-contact' };
  const reached = prospects.filter((p) => REACHED_OUT.has(p.status));
  if (reached.length > 0) {
    const latest = reached.reduce((a, b) => (contactedAt(b) > contactedAt(a) ? b : a));
    return { kind: 'contacted', status: latest.status, at: contactedAt(latest) };
  }
  const latest = prospects.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a));
  return { kind: 'saved', status: latest.status };
}

const DAY = 24 * 60 * 60 * 1000;

/** True when the domain was contacted less than `days` days before `now` (0 turns the rule off). */
export function contactedWithin(badge: ResultBadge, days: number, now: number): boolean {
  return days > 0 && badge.kind === 'contacted' && now - badge.at < days * DAY;
}
