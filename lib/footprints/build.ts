import type { Engine } from '@/lib/serp/types';
import type { OpportunityType } from '@/lib/schemas/prospect';
import { tacticType, type Tactic } from './tactics';
import { translateQuery, type QueryFlag } from './translate';
import { asPhrase } from './parse';

export interface FootprintTemplate {
  id: string;
  tactic: Tactic;
  /** The query with placeholders: {kw} for a niche keyword, {name} for a competitor or an author. */
  template: string;
}

export interface Modifiers {
  /** YYYY-MM-DD: only pages published after this date (where the engine supports it). */
  after: string;
  /** The user's own domains, excluded with -site:. */
  ownDomains: readonly string[];
  /** The user's brand names, excluded as -"phrase". */
  brand: readonly string[];
  /** Sites that never make good prospects (social networks, marketplaces), excluded with -site:. */
  noise: readonly string[];
}

export const DEFAULT_NOISE = ['pinterest.com', 'facebook.com', 'instagram.com', 'youtube.com', 'linkedin.com', 'amazon.com', 'x.com', 'twitter.com'];

export interface BuiltQuery {
  templateId: string;
  keyword: string;
  query: string;
  url: string;
  type: OpportunityType;
  flags: QueryFlag[];
}

const SEARCH_URL: Record<Engine, string> = {
  google: 'https://www.google.com/search?q=',
  bing: 'https://www.bing.com/search?q=',
  duckduckgo: 'https://duckduckgo.com/?q=',
};

/** The address the user opens for a query: the engine's own results page. */
export function searchUrl(engine: Engine, query: string): string {
  return SEARCH_URL[engine] + encodeURIComponent(query).replace(/%20/g, '+');
}

/** Fills a placeholder; a multi-word value outside quotes is quoted so it stays one phrase. */
function fill(template: string, keyword: string, name: string): string {
  const inQuotes = (text: string, offset: number) => (text.slice(0, offset).split('"').length - 1) % 2 === 1;
  return template
    .replace(/\{(kw|name)\}/g, (_m, which: string, offset: number, text: string) => {
      const value = which === 'kw' ? keyword : name;
      return inQuotes(text, offset) ? value : asPhrase(value);
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function modifierText(m: Modifiers): string {
  const parts = [
    ...(m.after ? [`after:${m.after}`] : []),
    ...m.ownDomains.map((d) => `-site:${d}`),
    ...m.brand.filter(Boolean).map((b) => `-${asPhrase(b)}`),
    ...m.noise.map((d) => `-site:${d}`),
  ];
  return parts.join(' ');
}

/** Every query for templates × keywords on one engine, with its modifiers, translated and flagged. */
export function buildQueries(templates: readonly FootprintTemplate[], keywords: readonly string[], name: string, engine: Engine, modifiers: Modifiers): BuiltQuery[] {
  const out: BuiltQuery[] = [];
  const kws = keywords.length ? keywords : [''];
  for (const t of templates) {
    const needsName = t.template.includes('{name}');
    const usesKeyword = t.template.includes('{kw}');
    for (const keyword of usesKeyword ? kws : ['']) {
      const raw = `${fill(t.template, keyword, name.trim())} ${modifierText(modifiers)}`.trim();
      const { query, flags } = translateQuery(raw, engine);
      if (needsName && !name.trim()) flags.unshift({ severity: 'warning', message: 'This template needs a name (a competitor or an author).' });
      if (usesKeyword && !keyword) flags.unshift({ severity: 'warning', message: 'Add a niche keyword.' });
      if (engine === 'google' && query.split(/\s+/).length > 32) flags.push({ severity: 'warning', message: 'Google reads only the first 32 words; shorten the noise list.' });
      out.push({ templateId: t.id, keyword, query, url: searchUrl(engine, query), type: tacticType(t.tactic), flags });
    }
  }
  return out;
}
