/** The search engines whose results pages Linkscout reads. */
export type Engine = 'google' | 'bing' | 'duckduckgo';

export const ENGINES: readonly Engine[] = ['google', 'bing', 'duckduckgo'];

/** What a result is, as the engine shows it. Only organic results are pre-selected. */
export type ResultLabel = 'organic' | 'ad' | 'people-also-ask' | 'video' | 'news' | 'forum';

/**
 * CSS selectors for one layout of one engine. `root` matches each result block; `link`, `title`
 * and `snippet` are looked up inside it. The marker selectors match containers: a result inside
 * one of them gets that label (ads and "people also ask" blocks are read as results themselves).
 */
export interface SelectorVariant {
  name: string;
  root: string;
  link: string;
  title: string;
  snippet: string;
  ad: string;
  paa: string;
  video?: string;
  news?: string;
  forum?: string;
}

export type SelectorTables = Record<Engine, SelectorVariant[]>;

export interface SerpResult {
  /** Order on the page among every result read, from 1. */
  rank: number;
  /** Organic position (1 = first organic result); null for ads, "people also ask", modules. */
  position: number | null;
  url: string;
  host: string;
  title: string;
  snippet: string;
  label: ResultLabel;
}

export interface SerpRead {
  engine: Engine;
  query: string;
  /** The selector variant that matched ("google/desktop"), "structure" for the fallback, null when nothing did. */
  layout: string | null;
  results: SerpResult[];
}
