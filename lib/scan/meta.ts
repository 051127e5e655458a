import type { PageMeta } from '@/lib/schemas/page-scan';

/** Title-independent page metadata: canonical, robots, language, dates. (Filled in by the scanner work.) */
export function readMeta(doc: Document, _url: string): PageMeta {
  return {
    description: doc.querySelector('meta[name="description" i]')?.getAttribute('content')?.trim() ?? '',
    canonical: null,
    robots: { noindex: false, nofollow: false, directives: [] },
    lang: doc.documentElement.getAttribute('lang') ?? '',
    published: null,
    modified: null,
  };
}
