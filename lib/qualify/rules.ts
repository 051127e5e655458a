import type { Disqualifier, QualifyFacts, QualifyRules } from './types';

export interface SiteContext {
  /** Registrable domain of the page. */
  domain: string;
  /** The domain has a prospect already contacted (or marked do-not-contact). */
  contacted: boolean;
}

const DEAD: ReadonlySet<string> = new Set(['broken', 'server-error', 'timeout', 'soft-404', 'parked', 'skipped']);

/** True when `domain` is `entry` or a subdomain of it. */
function onDomain(domain: string, entry: string): boolean {
  const d = domain.toLowerCase();
  const e = entry.toLowerCase().replace(/^www\./, '');
  return d === e || d.endsWith(`.${e}`);
}

/**
 * The first rule that rules a site out, with the reason in words; null when it passes. Dead
 * pages come first (nothing else about them is known), then indexability, language, spam, and
 * the user's own lists. A blocked answer (401/403, bot challenge) is not proof of death and
 * does not disqualify.
 */
export function disqualify(facts: QualifyFacts, site: SiteContext, rules: QualifyRules): { rule: Disqualifier; reason: string } | null {
  if (rules.deadOrParked && DEAD.has(facts.statusClass)) {
    // Without an HTTP answer the checker's words say what happened (reset, refused, no such name).
    const detail = facts.httpStatus ? `, HTTP ${facts.httpStatus}` : facts.statusReason ? `: ${facts.statusReason}` : '';
    return { rule: 'dead-or-parked', reason: `dead or parked (${facts.statusClass}${detail})` };
  }
  if (rules.notIndexable && facts.statusClass !== 'blocked' && !facts.indexable) return { rule: 'not-indexable', reason: `not indexable: ${facts.indexReason}` };
  if (rules.languages.length && facts.lang) {
    const lang = facts.lang.toLowerCase().split(/[-_]/)[0] ?? '';
    if (!rules.languages.some((l) => l.toLowerCase().split(/[-_]/)[0] === lang)) return { rule: 'wrong-language', reason: `language ${facts.lang}, not ${rules.languages.join(' or ')}` };
  }
  if (rules.maxSpamScore < 100 && facts.spamScore > rules.maxSpamScore) return { rule: 'spammy', reason: `spam score ${facts.spamScore} above ${rules.maxSpamScore}` };
  if (rules.alreadyContacted && site.contacted) return { rule: 'already-contacted', reason: 'already contacted' };
  const blocked = rules.blocklist.find((b) => onDomain(site.domain, b));
  if (blocked) return { rule: 'blocklisted', reason: `on your blocklist (${blocked})` };
  const competitor = rules.competitors.find((c) => onDomain(site.domain, c));
  if (competitor) return { rule: 'competitor', reason: `a competitor (${competitor})` };
  return null;
}
