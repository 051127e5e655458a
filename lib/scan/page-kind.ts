import type { KindScore, PageKind, ScannedLink } from '@/lib/schemas/page-scan';
import { articleEvidence } from './kind-article';
import { contactDetails, contactForm, submissionForm } from './kind-contact';
import { countedCategories, hasPagination, linkSections, listLinks } from './kind-lists';
import { roundupEvidence } from './kind-roundup';
import { phraseEvidence, pathLabels, titleLabels, type Evidence, type PageLabels } from './kind-phrases';
import { PHRASE_RULES, SUBMIT_LINK, type SpecialKind } from './kind-rules';
import { cap, collapse } from './text';
import { hasWord } from './text-match';
import { fold, foldOnce, contentElements, pageText, type PageText } from './text-page';

export interface ClassifyInput {
  url: string;
  links: readonly ScannedLink[];
}

/** A special kind at or above this is a finding; below it the page is read as an ordinary article. */
export const STRONG = 40;
const ARTICLE_BASE = 30;
const ORDER: PageKind[] = ['guest-post', 'journalist-query', 'contact', 'directory', 'roundup', 'resource', 'article'];

/** An article's end matter ("External links", "See also", "Further reading"): it names a section, not the page. */
const END_MATTER = /^(?:external links?|see also|further reading|references|sources|notes|bibliography|related links)\b/;

function labelsOf(doc: Document, url: string): PageLabels {
  const headings = contentElements(doc, 'h1, h2, h3', 150)
    .map((h) => {
      const raw = cap(collapse(h.textContent ?? ''), 200);
      return { raw, folded: fold(raw), level: Number(h.tagName.slice(1)) || 2 };
    })
    .filter((h) => h.level === 1 || !END_MATTER.test(h.folded));
  const path = pathLabels(url);
  return { title: titleLabels(cap(doc.title ?? '', 300)), headings, path: path.segments, pathRaw: path.raw };
}

function listEvidence(domains: number, links: number): Evidence | null {
  const points = domains >= 40 ? 45 : domains >= 20 ? 38 : domains >= 10 ? 28 : domains >= 5 ? 15 : domains >= 3 ? 6 : 0;
  if (points === 0) return null;
  return { points, reason: `${links} outbound links to ${domains} distinct domains in lists` };
}

function submitLink(links: readonly ScannedLink[]): Evidence | null {
  for (const l of links) {
    if (l.text.length <= 60 && hasWord(SUBMIT_LINK, foldOnce(l.text))) {
      return { points: 20, reason: `Link "${cap(l.text, 60)}"` };
    }
  }
  return null;
}

/** Evidence from the page's structure rather than its words. */
function structureEvidence(doc: Document, input: ClassifyInput, text: PageText): Record<SpecialKind, (Evidence | null)[]> {
  const lists = listLinks(doc, input.url, input.links);
  const sections = linkSections(doc);
  const categories = countedCategories(input.links);
  const listings = lists.domains >= 10 || sections >= 3;
  return {
    resource: [listEvidence(lists.domains, lists.links)],
    roundup: roundupEvidence(doc, input.url, input.links),
    directory: [
      sections >= 3 ? { points: sections >= 6 ? 20 : 10, reason: `${sections} headings each followed by a list of links` } : null,
      categories.count >= 4 ? { points: 20, reason: `${categories.count} category links with counts, like "${cap(categories.example, 40)}"` } : null,
      submitLink(input.links),
      submissionForm(doc),
      listings && hasPagination(doc) ? { points: 10, reason: 'Listings are paginated' } : null,
      lists.domains >= 10 ? { points: 10, reason: `Listings link out to ${lists.domains} domains` } : null,
    ],
    contact: [contactForm(doc), contactDetails(doc, text)],
    'guest-post': [],
    'journalist-query': [],
  };
}

function total(evidence: readonly Evidence[]): number {
  return Math.max(0, Math.min(100, Math.round(evidence.reduce((n, e) => n + e.points, 0))));
}

function articleScore(doc: Document, text: PageText, best: KindScore | undefined): KindScore {
  const evidence = articleEvidence(doc, text);
  let score = Math.min(100, ARTICLE_BASE + total(evidence));
  const reasons = evidence.map((e) => e.reason);
  const bestScore = best?.score ?? 0;
  if (best && bestScore >= STRONG) {
    score -= Math.round(0.7 * (bestScore - 25));
    reasons.push(`Reads more like a ${best.kind} page (${bestScore})`);
  } else {
    // Nothing special stands out: the page is an ordinary article, whatever its markup.
    score = Math.max(score, bestScore + 10);
    reasons.unshift('No stronger page kind found');
  }
  return { kind: 'article', score: Math.max(1, Math.min(100, score)), reasons };
}

/**
 * Scores every page kind with the reasons behind it, best first. Kinds with no evidence are
 * left out; `article` is always there, and leads when no special kind reaches `STRONG`.
 */
export function classifyPage(doc: Document, input: ClassifyInput): KindScore[] {
  const text = pageText(doc);
  const labels = labelsOf(doc, input.url);
  const structure = structureEvidence(doc, input, text);
  const kinds: KindScore[] = [];
  for (const rule of PHRASE_RULES) {
    const evidence = [...phraseEvidence(rule, labels, text), ...structure[rule.kind].filter((e): e is Evidence => e !== null)];
    const score = total(evidence);
    if (score > 0) kinds.push({ kind: rule.kind, score, reasons: evidence.map((e) => e.reason) });
  }
  const byScore = (a: KindScore, b: KindScore): number => b.score - a.score || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind);
  kinds.sort(byScore);
  kinds.push(articleScore(doc, text, kinds[0]));
  return kinds.sort(byScore);
}
