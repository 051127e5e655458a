import type { OpportunityType } from '@/lib/schemas/prospect';

/**
 * Phrases that give a footprint search away, strongest first. A query built from a template
 * matches its tactic's phrases; a query typed by hand is read the same way.
 */
const RULES: readonly [RegExp, OpportunityType][] = [
  [/journalist|press request|media request|haro|looking for (?:experts|sources)|seeking (?:an? )?experts?|expert (?:quotes?|sources)|#journorequest/i, 'journalist-query'],
  [/dead link|broken link|link rot|page not found|404|no longer (?:available|exists)|web\.archive\.org/i, 'broken-link'],
  [/write[ -]for[ -]us|guest (?:post|article|author|blog)|contribut(?:e|or|ing)|submit (?:an? )?(?:article|post|story)|become an? (?:author|writer)|accepting (?:articles|posts)|inpostauthor|"author bio"/i, 'guest-post'],
  [/submit (?:your |a )?(?:site|url|link|business|listing|cafe|company)|add (?:your |a )?(?:site|url|listing|business)|suggest a (?:site|link)|director(?:y|ies)|listings?\b/i, 'directory'],
  [/resources?\b|useful (?:links|sites)|helpful (?:links|sites)|links? page|recommended (?:sites|links|reading)|further reading/i, 'resource-page'],
  [/\bbest\b|\btop \d+|\breviews?\b|\bvs\.?\b|alternatives?|compar(?:e|ison)|roundup|round-up/i, 'mention'],
];

/** The opportunity type a search suggests, from the footprint in its query. */
export function suggestTypeForQuery(query: string): OpportunityType {
  for (const [pattern, type] of RULES) if (pattern.test(query)) return type;
  return 'other';
}
