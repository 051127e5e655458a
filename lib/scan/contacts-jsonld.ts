import type { ContactSink } from './contacts-sink';

const MAX_SCRIPTS = 50;
const MAX_SCRIPT_CHARS = 1_000_000;
/** Nodes visited per document and nesting depth: hostile JSON-LD cannot make the walk unbounded. */
const MAX_NODES = 20_000;
const MAX_DEPTH = 40;
const SOURCE = 'JSON-LD';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, 50) : [];
}

const NOT_PAGE_AUTHORS = new Set(['Comment', 'Review', 'Answer', 'Question', 'UserComments']);

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value.slice(0, 50) : [value];
}

function typesOf(obj: Record<string, unknown>): string[] {
  return strings(obj['@type']).map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

/** Contacts stated by one schema.org node; nested nodes are reached by the walk. */
function readNode(obj: Record<string, unknown>, sink: ContactSink): void {
  for (const e of strings(obj.email)) sink.email(e, SOURCE);
  for (const t of strings(obj.telephone)) sink.phone(t, SOURCE);
  for (const u of strings(obj.sameAs)) sink.social(u, SOURCE);
  // A comment's or review's author wrote that comment, not the page.
  const authors = typesOf(obj).some((t) => NOT_PAGE_AUTHORS.has(t)) ? [] : asArray(obj.author);
  for (const a of authors) {
    if (typeof a === 'string') sink.author(a, SOURCE);
    else if (a && typeof a === 'object' && !Array.isArray(a)) {
      const name = (a as Record<string, unknown>).name;
      if (typeof name === 'string') sink.author(name, SOURCE);
    }
  }
  const url = obj.url;
  if (typeof url === 'string' && /^https?:\/\//i.test(url) && typesOf(obj).includes('ContactPoint')) {
    sink.add('contact-page', url, 'JSON-LD contactPoint');
  }
}

/**
 * Walks parsed JSON-LD in document order with an explicit stack (no recursion), visiting at most
 * MAX_NODES nodes down to MAX_DEPTH: arrays, `@graph` and nested Organization, Person and
 * ContactPoint nodes are all just nodes on the way.
 */
export function walkJsonLd(root: unknown, sink: ContactSink): void {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  let visited = 0;
  while (stack.length > 0 && visited < MAX_NODES) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (node === null || typeof node !== 'object' || depth > MAX_DEPTH) continue;
    visited++;
    const children = Array.isArray(node) ? node : Object.values(node as Record<string, unknown>);
    if (!Array.isArray(node)) readNode(node as Record<string, unknown>, sink);
    const room = Math.min(children.length, MAX_NODES - visited - stack.length);
    for (let i = room - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== null && typeof child === 'object') stack.push({ node: child, depth: depth + 1 });
    }
  }
}

/** Contacts in the page's `<script type="application/ld+json">` blocks; malformed ones are skipped. */
export function fromJsonLd(doc: Document, sink: ContactSink): void {
  let read = 0;
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (read >= MAX_SCRIPTS) break;
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    read++;
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    let data: unknown;
    try {
      // some CMSs wrap the JSON in an HTML comment or CDATA markers
      data = JSON.parse(text.trim().replace(/^(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/)|(?:-->|\/\*\s*\]\]>\s*\*\/)$/g, ''));
    } catch {
      continue; // malformed JSON-LD is common on real pages and says nothing we can trust
    }
    walkJsonLd(data, sink);
  }
}
