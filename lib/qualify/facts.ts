import type { Contact } from '@/lib/schemas/page-scan';
import type { QualifyFacts } from './types';
import type { ReadLike } from './read-like';
import { affiliateLinkCount } from './affiliate';

/** The qualification table's facts from one page read. No judgement: rules.ts and score.ts judge. */
export function factsFromRead(read: ReadLike): QualifyFacts {
  const scan = read.scan;
  const outbound = scan?.links.filter((l) => l.outbound) ?? [];
  const nofollow = outbound.filter((l) => !l.follow).length;
  const best = scan?.kinds[0];
  return {
    finalUrl: read.finalUrl ?? '',
    statusClass: read.verdict.class,
    httpStatus: read.verdict.httpStatus,
    redirectHops: read.verdict.hops.length,
    ...(read.verdict.reason ? { statusReason: read.verdict.reason } : {}),
    lang: scan?.meta.lang ?? '',
    title: scan?.title ?? '',
    metaRobots: scan?.meta.robots.directives.join(', ') ?? '',
    xRobotsTag: read.xRobotsTag ?? '',
    canonicalIsSelf: read.index.canonicalRelation === 'none' ? null : read.index.canonicalRelation === 'self',
    indexable: read.index.indexable,
    indexReason: read.index.reason,
    wordCount: read.wordCount ?? null,
    outboundLinks: outbound.length,
    nofollowShare: outbound.length ? nofollow / outbound.length : 0,
    pageKind: best?.kind ?? '',
    kindScore: best?.score ?? 0,
    relevance: scan?.relevance.score ?? 0,
    contacts: scan?.contacts ?? [],
    contactPage: scan?.contacts.find((c) => c.kind === 'contact-page')?.value ?? '',
    modifiedAt: scan?.meta.modified ?? scan?.meta.published ?? '',
    spamScore: scan?.spam.score ?? 0,
    affiliateLinks: scan ? affiliateLinkCount(scan.links) : 0,
    extraPages: [],
  };
}

/**
 * Why a page that answered could not be qualified: a live answer without a scan is no HTML page,
 * or one whose HTML could not be read (the connection broke while it was read). Null otherwise.
 */
export function unreadableReason(read: ReadLike): string | null {
  const live = read.verdict.class === 'ok' || read.verdict.class === 'redirected';
  if (!live || read.scan) return null;
  const type = read.contentType?.split(';')[0]?.trim() ?? '';
  return type && !/html|xml/i.test(type) ? `not an HTML page (${type})` : 'the page answered, but its HTML could not be read (the connection broke while reading it)';
}

/** Contacts from an extra page ("find contacts deeper") merged in, each marked with where it came from. */
export function withDeeperContacts(facts: QualifyFacts, pageUrl: string, found: readonly Contact[]): QualifyFacts {
  const seen = new Set(facts.contacts.map((c) => `${c.kind}\u0000${c.value.toLowerCase()}`));
  const added = found.filter((c) => c.kind !== 'contact-page' && !seen.has(`${c.kind}\u0000${c.value.toLowerCase()}`));
  return {
    ...facts,
    contacts: [...facts.contacts, ...added.map((c) => ({ ...c, source: `${c.source} on ${pageUrl}` }))],
    extraPages: facts.extraPages.includes(pageUrl) ? facts.extraPages : [...facts.extraPages, pageUrl],
  };
}
