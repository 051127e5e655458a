import type { ContactSink } from './contacts-sink';

const MAX_BYLINES = 20;

/**
 * The author byline: `<meta name="author">`, `rel="author"` link text, and `.byline` or
 * `.author-name` elements. (Microdata and JSON-LD authors are read with the structured data.)
 */
export function fromBylines(doc: Document, sink: ContactSink): void {
  for (const meta of Array.from(doc.querySelectorAll('meta[name="author" i]')).slice(0, MAX_BYLINES)) {
    sink.author(meta.getAttribute('content') ?? '', 'meta author');
  }
  const links = doc.querySelectorAll('a[rel~="author" i]');
  for (let i = 0; i < links.length && i < MAX_BYLINES; i++) sink.author(links[i]?.textContent ?? '', 'rel=author link');
  const bylines = doc.querySelectorAll('.byline, .author-name');
  for (let i = 0; i < bylines.length && i < MAX_BYLINES; i++) sink.author(bylines[i]?.textContent ?? '', 'byline');
}
