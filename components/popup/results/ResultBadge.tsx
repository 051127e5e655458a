import type { ResultBadge as Badge } from '@/lib/serp/badges';

const STATUS: Record<string, string> = {
  new: 'new',
  qualified: 'qualified',
  contacted: 'contacted',
  'followed-up': 'followed up',
  replied: 'replied',
  won: 'won',
  lost: 'lost',
  'do-not-contact': 'do not contact',
};

function ago(at: number, now: number): string {
  const days = Math.floor((now - at) / 86_400_000);
  if (days < 1) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 60) return `${days} days ago`;
  return new Date(at).toLocaleDateString();
}

/** What the prospect store knows about a result's domain. */
export function ResultBadge({ badge, now }: { badge: Badge; now: number }) {
  switch (badge.kind) {
    case 'new':
      return <span class="rbadge new">New</span>;
    case 'saved':
      return <span class="rbadge saved">Saved · {STATUS[badge.status]}</span>;
    case 'contacted':
      return (
        <span class="rbadge contacted" title={new Date(badge.at).toLocaleString()}>
          {STATUS[badge.status] === 'contacted' ? 'Contacted' : `Contacted · ${STATUS[badge.status]}`} {ago(badge.at, now)}
        </span>
      );
    case 'do-not-contact':
      return <span class="rbadge dnc">Do not contact</span>;
  }
}
