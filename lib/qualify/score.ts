import type { QualifyFacts, ScoreParts } from './types';

/** How much each page kind is worth as an outreach target (resource lists and write-for-us pages most). */
const KIND_WEIGHT: Record<string, number> = {
  resource: 1,
  'guest-post': 1,
  directory: 0.7,
  'journalist-query': 0.8,
  article: 0.4,
  contact: 0.2,
};

/**
 * A 0–100 score in three visible parts: relevance to the user's keywords (up to 50), the page
 * kind (up to 30) and the contacts found (up to 20: an e-mail 15, a contact page or form 5, a
 * social profile or author 5 more at most).
 */
export function scoreParts(facts: Pick<QualifyFacts, 'relevance' | 'pageKind' | 'kindScore' | 'contacts' | 'contactPage'>): ScoreParts {
  const relevance = Math.round((Math.min(100, Math.max(0, facts.relevance)) / 100) * 50);
  const kind = Math.round(((KIND_WEIGHT[facts.pageKind] ?? 0) * Math.min(100, Math.max(0, facts.kindScore)) * 30) / 100);
  const has = (kinds: string[]) => facts.contacts.some((c) => kinds.includes(c.kind));
  const contacts = Math.min(20, (has(['email']) ? 15 : 0) + (has(['contact-page', 'form']) || facts.contactPage ? 5 : 0) + (has(['social', 'author', 'phone']) ? 5 : 0));
  return { relevance, kind, contacts, total: relevance + kind + contacts };
}
