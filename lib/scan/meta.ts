import type { PageMeta } from '@/lib/schemas/page-scan';
import { cap, collapse } from './text';
import { isoDate } from './text-dates';

const DESCRIPTION_MAX = 500;
const JSON_LD_MAX = 200_000;
const JSON_LD_NODES = 2_000;
const ARTICLE_TYPE = /Article|Posting|Report|WebPage|CreativeWork/;

interface Dates {
  published: string | null;
  modified: string | null;
}

/**
 * Meta tag contents by "name:…", "property:…" and "http-equiv:…" keys, lowercased: pages write
 * "Description" and "ROBOTS" too, and attribute selectors only ignore case in some engines.
 */
type MetaTags = Map<string, string[]>;

function metaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const meta of Array.from(doc.querySelectorAll('meta')).slice(0, 500)) {
    const value = meta.getAttribute('content');
    if (value === null) continue;
    for (const attr of ['name', 'property', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = tags.get(`${attr}:${key}`) ?? [];
      list.push(value);
      tags.set(`${attr}:${key}`, list);
    }
  }
  return tags;
}

/** The first non-empty content among `keys`, whitespace collapsed. */
function first(tags: MetaTags, ...keys: string[]): string {
  for (const key of keys) {
    for (const value of tags.get(key) ?? []) {
      const text = collapse(value);
      if (text) return text;
    }
  }
  return '';
}

/** `href` resolved against the document's base URL; null when missing, malformed or not http(s). */
function absoluteUrl(href: string | null, base: string): string | null {
  const trimmed = href?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, base);
    // Longer than any link the scanner lists (see MAX_URL_LENGTH): a hostile <base href>, not a canonical.
    if (url.href.length > 8_192) return null;
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null; // a malformed canonical declares nothing usable
  }
}

function canonicalOf(doc: Document, url: string): string | null {
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('canonical')) continue;
    const base = doc.baseURI && doc.baseURI !== 'about:blank' ? doc.baseURI : url;
    return absoluteUrl(link.getAttribute('href'), base);
  }
  return null;
}

function robotsOf(tags: MetaTags): PageMeta['robots'] {
  const directives: string[] = [];
  for (const content of [...(tags.get('name:robots') ?? []), ...(tags.get('name:googlebot') ?? [])].slice(0, 10)) {
    for (const token of content.toLowerCase().split(',')) {
      const directive = collapse(token);
      if (directive && directive.length <= 100 && !directives.includes(directive)) directives.push(directive);
    }
  }
  const none = directives.includes('none');
  return { noindex: none || directives.includes('noindex'), nofollow: none || directives.includes('nofollow'), directives };
}

function langOf(doc: Document, tags: MetaTags): string {
  const html = doc.documentElement?.getAttribute('lang')?.trim();
  if (html) return cap(html, 35);
  const header = first(tags, 'http-equiv:content-language').split(',')[0]?.trim();
  if (header) return cap(header, 35);
  return cap(first(tags, 'property:og:locale', 'name:og:locale').replace(/_/g, '-'), 35);
}

function firstString(value: unknown): unknown {
  return Array.isArray(value) ? value.find((v) => typeof v === 'string') : value;
}

/**
 * Dates from JSON-LD blocks, walked breadth-first over objects, arrays and `@graph` with a node
 * budget. An article-like node's dates win over the first dated node of any other type.
 */
function jsonLdDates(doc: Document): Dates {
  const any: Dates = { published: null, modified: null };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]')).slice(0, 20)) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').slice(0, JSON_LD_MAX));
    } catch {
      continue; // malformed JSON-LD is common; the other blocks and sources still count
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < JSON_LD_NODES; i++) {
      const node = queue[i];
      if (Array.isArray(node)) {
        queue.push(...node.slice(0, 200));
        continue;
      }
      if (typeof node !== 'object' || node === null) continue;
      const record = node as Record<string, unknown>;
      const published = isoDate(firstString(record.datePublished));
      const modified = isoDate(firstString(record.dateModified));
      const type = firstString(record['@type']);
      if ((published || modified) && typeof type === 'string' && ARTICLE_TYPE.test(type)) return { published, modified };
      any.published ??= published;
      any.modified ??= modified;
      for (const value of Object.values(record).slice(0, 100)) if (typeof value === 'object' && value !== null) queue.push(value);
    }
  }
  return any;
}

function timeValue(el: Element | null): string | null {
  return el ? isoDate(el.getAttribute('datetime') ?? el.getAttribute('content')) : null;
}

/** `<time datetime>` in the article or its byline: the last resort, when nothing else states dates. */
function timeDates(doc: Document): Dates {
  const scope = 'article, [role="article"], [class*="byline" i], [class*="post-meta" i], [class*="entry-meta" i], main';
  const published =
    timeValue(doc.querySelector('[itemprop="datePublished"], time[pubdate]')) ??
    timeValue(Array.from(doc.querySelectorAll('time[datetime]')).find((t) => t.closest(scope)) ?? null);
  const modified = timeValue(doc.querySelector('[itemprop="dateModified"], time[class*="updated" i], time[class*="modified" i]'));
  return { published, modified };
}

/** Page metadata that is not the title: description, canonical, robots, language and dates. */
export function readMeta(doc: Document, url: string): PageMeta {
  const tags = metaTags(doc);
  const description = first(tags, 'name:description', 'property:og:description', 'name:og:description');
  let published = isoDate(first(tags, 'property:article:published_time', 'name:article:published_time'));
  let modified = isoDate(first(tags, 'property:article:modified_time', 'name:article:modified_time'));
  if (!published || !modified) {
    const ld = jsonLdDates(doc);
    published ??= ld.published;
    modified ??= ld.modified;
  }
  if (!published || !modified) {
    const times = timeDates(doc);
    published ??= times.published;
    modified ??= times.modified;
  }
  return {
    description: cap(description, DESCRIPTION_MAX),
    canonical: canonicalOf(doc, url),
    robots: robotsOf(tags),
    lang: langOf(doc, tags),
    published,
    modified,
  };
}
