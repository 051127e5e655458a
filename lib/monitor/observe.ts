import type { PageRead } from '@/lib/schemas/page-read';
import type { ScannedLink } from '@/lib/schemas/page-scan';
import { registrableDomain } from '@/lib/url/domain';
import { targetKey } from '@/lib/url/same-target';
import type { Change, ExpectedLink, FoundLink, Observation } from './types';
import { DEAD_CLASSES } from '@/lib/schemas/dead-classes';

const NOT_FOLLOWED = ['nofollow', 'sponsored', 'ugc'];
const words = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const relOf = (rel: readonly string[]) => rel.filter((t) => NOT_FOLLOWED.includes(t)).sort().join(' ');
const shown = (rel: string) => rel || 'follow';

/** The page's link that is the expected one: the same target, or failing that a link to the same site with the same anchor, then any link to that site. */
function findLink(links: readonly ScannedLink[], expected: ExpectedLink): ScannedLink | null {
  const key = targetKey(expected.targetUrl);
  const exact = links.find((l) => targetKey(l.url) === key);
  if (exact) return exact;
  const site = registrableDomain(expected.targetUrl);
  const onSite = links.filter((l) => site && registrableDomain(l.url) === site);
  return onSite.find((l) => words(l.text) === words(expected.anchorText)) ?? onSite[0] ?? null;
}

/** A page built by script: little text, a framework root, and the link not in its HTML. */
function looksScriptBuilt(read: PageRead): boolean {
  const scan = read.scan;
  return scan !== null && scan.links.length < 5;
}

function observation(partial: Pick<Observation, 'outcome' | 'detail'> & Partial<Observation>, read: PageRead): Observation {
  return { found: null, changes: [], indexable: read.scan ? read.index.indexable : null, maybeScriptBuilt: false, via: 'reader', ...partial };
}

/** What one read of the page says about the expected link, most serious finding first. */
export function observeLink(read: PageRead, expected: ExpectedLink): Observation {
  const { verdict } = read;
  if (DEAD_CLASSES.has(verdict.class)) return observation({ outcome: 'page-gone', detail: `The page is gone: ${verdict.reason}` }, read);
  if (!read.scan) {
    const why = verdict.class === 'ok' || verdict.class === 'redirected' ? 'the answer is not an HTML page' : verdict.reason;
    return observation({ outcome: 'unverifiable', detail: `Could not verify (${verdict.class}): ${why}` }, read);
  }
  if (!expected.targetUrl) {
    return observation({ outcome: 'missing', detail: 'No link to your sites was found on the page; set the expected target URL' }, read);
  }
  const link = findLink(read.scan.links, expected);
  if (!link) {
    const maybe = looksScriptBuilt(read);
    const detail = `The link to ${expected.targetUrl} is not in the page's HTML${maybe ? ' (the page may build its links with scripts: verify in a tab)' : ''}`;
    return observation({ outcome: 'missing', detail, maybeScriptBuilt: maybe }, read);
  }
  const found: FoundLink = { targetUrl: link.url, anchorText: link.text, rel: link.rel };
  const changes: Change[] = [];
  if (targetKey(link.url) !== targetKey(expected.targetUrl)) changes.push({ field: 'target', from: expected.targetUrl, to: link.url });
  if (expected.anchorText && words(link.text) !== words(expected.anchorText)) changes.push({ field: 'anchor', from: expected.anchorText, to: link.text });
  if (relOf(link.rel) !== relOf(expected.rel)) changes.push({ field: 'rel', from: shown(relOf(expected.rel)), to: shown(relOf(link.rel)) });
  if (read.index.nofollow) changes.push({ field: 'page-nofollow', from: 'follow', to: `nofollow (${read.index.nofollowSource === 'header' ? 'X-Robots-Tag' : read.index.nofollowSource === 'meta' ? 'meta robots' : 'meta robots and X-Robots-Tag'})` });
  if (read.index.noindex) changes.push({ field: 'noindex', from: 'index', to: 'noindex' });
  if (read.index.canonicalRelation === 'elsewhere') changes.push({ field: 'canonical', from: 'this page', to: read.index.canonical ?? '' });
  const describe = (c: Change) => `${c.field}: "${c.from}" → "${c.to}"`;
  const base = { found, changes, maybeScriptBuilt: false };
  if (changes.some((c) => c.field === 'noindex' || c.field === 'canonical')) {
    return observation({ ...base, outcome: 'not-indexable', detail: `The page is not indexable: ${read.index.reason}` }, read);
  }
  const newlyNofollow = relOf(expected.rel) === '' && (relOf(link.rel) !== '' || read.index.nofollow);
  if (newlyNofollow) {
    const how = changes.filter((c) => c.field === 'rel' || c.field === 'page-nofollow').map(describe).join('; ');
    return observation({ ...base, outcome: 'nofollowed', detail: `The link no longer passes authority: ${how}` }, read);
  }
  if (changes.length > 0) return observation({ ...base, outcome: 'changed', detail: `Changed: ${changes.map(describe).join('; ')}` }, read);
  return observation({ ...base, outcome: 'live', detail: 'The link is there as expected' }, read);
}
