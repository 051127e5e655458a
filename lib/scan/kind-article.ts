import type { Evidence } from './kind-phrases';
import type { PageText } from './text-page';
import { formatCount } from '@/lib/text/numbers';

const ARTICLE_TYPES = /"(?:Article|BlogPosting|NewsArticle|TechArticle|Report|ScholarlyArticle|OpinionNewsArticle|ReportageNewsArticle)"/;
const BYLINE = '[rel~="author" i], [itemprop="author"], [class*="byline" i], [class~="author" i], [class*="author-name" i]';
const DATED = 'meta[property="article:published_time" i], time[datetime], [itemprop="datePublished"]';

/** What makes a page read like an ordinary article: markup that says so, and running text. */
export function articleEvidence(doc: Document, text: PageText): Evidence[] {
  const out: Evidence[] = [];
  const articles = doc.querySelectorAll('article, [role="article"]').length;
  // Blog indexes wrap each teaser in <article>: only one or two mean this page is one.
  if (articles >= 1 && articles <= 2) out.push({ points: 10, reason: 'Content is an <article> element' });
  const ogType = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') out.push({ points: 10, reason: 'Open Graph type is "article"' });
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]')).slice(0, 20)) {
    const m = ARTICLE_TYPES.exec((script.textContent ?? '').slice(0, 100_000));
    if (m) {
      out.push({ points: 10, reason: `Structured data type ${m[0]}` });
      break;
    }
  }
  if (doc.querySelector(BYLINE)) out.push({ points: 5, reason: 'Has an author byline' });
  if (doc.querySelector(DATED)) out.push({ points: 5, reason: 'States a publication date' });
  if (text.words >= 300) {
    out.push({ points: text.words >= 800 ? 15 : 10, reason: `${formatCount(text.words)} words of running text` });
  }
  return out;
}
