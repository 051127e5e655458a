import type { PhraseRule } from './kind-rules';
import { matchCounts, nextWord } from './text-match';
import { cap, collapse } from './text';
import { fold, type PageText } from './text-page';

/** One evidence item: points toward a kind and the sentence that explains them. */
export interface Evidence {
  points: number;
  reason: string;
}

/** A title, heading or path segment: shown as written, matched folded. */
export interface Label {
  raw: string;
  folded: string;
  /** Heading level (1–6) for headings. */
  level?: number;
}

export interface PageLabels {
  title: Label[];
  headings: Label[];
  path: Label[];
  /** The URL path as written, for reasons. */
  pathRaw: string;
}

const TITLE = { strong: 35, hint: 15 };
// A top-level heading names the page; lower ones name a section of it.
const HEADING = { top: 25, section: 15, further: 5, cap: 35, hint: 10 };
const PATH = { strong: 25, hint: 10 };

function wordCount(text: string): number {
  return text ? text.split(' ').length : 0;
}

/**
 * Whether `re` names this label: it matches, and the label is not much longer than the match,
 * so the title "Contact" counts fully while "How to contact a journalist" only half.
 */
function labelMatch(re: RegExp, label: Label, slack: number): { match: string; close: boolean } | null {
  re.lastIndex = 0;
  const m = nextWord(re, label.folded);
  re.lastIndex = 0;
  if (!m) return null;
  return { match: m[0], close: wordCount(label.folded) <= wordCount(m[0]) + slack };
}

function quote(text: string): string {
  return `"${cap(collapse(text), 80)}"`;
}

function titleEvidence(rule: PhraseRule, labels: PageLabels): Evidence | null {
  let best: Evidence | null = null;
  for (const part of labels.title) {
    for (const [re, weight] of [[rule.labels, TITLE.strong], [rule.hints, TITLE.hint]] as const) {
      const hit = labelMatch(re, part, 3);
      if (!hit) continue;
      const points = hit.close ? weight : Math.round(weight / 2);
      if (!best || points > best.points) best = { points, reason: `Title contains ${quote(hit.match)}` };
    }
  }
  return best;
}

function headingEvidence(rule: PhraseRule, labels: PageLabels): Evidence | null {
  let points = 0;
  let named = false;
  let hinted = false;
  const shown: string[] = [];
  for (const heading of labels.headings) {
    const strong = labelMatch(rule.labels, heading, 3);
    const hint = strong || hinted ? null : labelMatch(rule.hints, heading, 2);
    const hit = strong ?? hint;
    if (!hit) continue;
    const first = heading.level === 1 ? HEADING.top : HEADING.section;
    const full = strong ? (named ? HEADING.further : first) : HEADING.hint;
    if (strong) named = true;
    else hinted = true;
    points += hit.close ? full : Math.round(full / 2);
    if (shown.length < 2) shown.push(quote(heading.raw));
    if (points >= HEADING.cap) break;
  }
  if (points === 0) return null;
  const noun = shown.length > 1 ? 'Headings' : 'Heading';
  return { points: Math.min(points, HEADING.cap), reason: `${noun} ${shown.join(', ')}` };
}

function pathEvidence(rule: PhraseRule, labels: PageLabels): Evidence | null {
  let points = 0;
  for (const segment of labels.path) {
    if (labelMatch(rule.labels, segment, 2)?.close) points = Math.max(points, PATH.strong);
    else if (labelMatch(rule.hints, segment, 1)?.close) points = Math.max(points, PATH.hint);
  }
  return points > 0 ? { points, reason: `URL path ${cap(labels.pathRaw, 80)}` } : null;
}

function bodyEvidence(rule: PhraseRule, text: PageText): Evidence | null {
  const found = matchCounts(rule.body, text.folded);
  if (found.length === 0) return null;
  const total = found.reduce((n, f) => n + f.count, 0);
  const w = rule.bodyWeight;
  const points = Math.min(w.cap, w.first + w.distinct * (found.length - 1) + w.repeat * (total - found.length));
  const listed = found.slice(0, 3).map((f) => (f.count > 1 ? `"${f.phrase}" (${f.count}×)` : `"${f.phrase}"`));
  const more = found.length > 3 ? ` and ${found.length - 3} more` : '';
  return { points, reason: `Text mentions ${listed.join(', ')}${more}` };
}

/** Evidence for a kind from what the page calls itself: title, headings, URL path, running text. */
export function phraseEvidence(rule: PhraseRule, labels: PageLabels, text: PageText): Evidence[] {
  const found = [titleEvidence(rule, labels), headingEvidence(rule, labels), pathEvidence(rule, labels), bodyEvidence(rule, text)];
  return found.filter((e): e is Evidence => e !== null);
}

function label(raw: string): Label {
  return { raw, folded: fold(raw) };
}

/** The title split at the separators sites put between a page's name and their own. */
export function titleLabels(title: string): Label[] {
  return title
    .split(/\s+[|–—·»\-/]\s+|\s*[|–—·»]\s*|:\s+/)
    .map((p) => collapse(p))
    .filter(Boolean)
    .slice(0, 8)
    .map(label);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a stray "%" in the path: read it as written
  }
}

/** Path segments as words: "/blog/write-for-us.html" gives "blog" and "write for us". */
export function pathLabels(url: string): { segments: Label[]; raw: string } {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return { segments: [], raw: '' }; // not a URL (about:srcdoc and the like): no path to read
  }
  const segments = pathname
    .split('/')
    .slice(0, 20)
    .map((s) => safeDecode(s).replace(/\.(?:html?|php|aspx?|jsp)$/i, '').replace(/[-_+.~]+/g, ' '))
    .map((s) => collapse(s))
    .filter(Boolean)
    .map(label);
  return { segments, raw: safeDecode(pathname) };
}
