import type { OpportunityType } from '@/lib/schemas/prospect';

/** A way of finding link opportunities; each one leads to one kind of outreach. */
export type Tactic =
  | 'guest-posts'
  | 'resource-pages'
  | 'broken-links'
  | 'curated-lists'
  | 'directories'
  | 'journalist-requests'
  | 'competitor-reviews'
  | 'author-footprints';

export const TACTICS: readonly { id: Tactic; label: string; type: OpportunityType; help: string }[] = [
  { id: 'guest-posts', label: 'Guest posts', type: 'guest-post', help: 'Sites that publish contributors in your niche.' },
  { id: 'resource-pages', label: 'Resource pages', type: 'resource-page', help: 'Pages that list useful links about your topic.' },
  { id: 'broken-links', label: 'Broken-link targets', type: 'broken-link', help: 'Old link lists likely to point at dead pages you can replace.' },
  { id: 'curated-lists', label: 'Curated lists ("best X")', type: 'mention', help: 'Roundups and "best of" lists you could be added to.' },
  { id: 'directories', label: 'Directories', type: 'directory', help: 'Niche directories that take submissions.' },
  { id: 'journalist-requests', label: 'Journalist requests', type: 'journalist-query', help: 'Reporters asking for expert sources.' },
  { id: 'competitor-reviews', label: 'Reviews of competitors', type: 'mention', help: 'Reviews and comparisons that could mention you too. Put the competitor in "Name".' },
  { id: 'author-footprints', label: 'Author footprints', type: 'guest-post', help: 'Where an author (put in "Name") has written as a guest.' },
];

export function tacticType(tactic: Tactic): OpportunityType {
  return TACTICS.find((t) => t.id === tactic)?.type ?? 'other';
}
