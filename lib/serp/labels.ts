import type { ResultLabel, SelectorVariant } from './types';

/** Sites whose pages are discussions: a results page often mixes them in among articles. */
const FORUM_HOST = /(?:^|\.)(?:reddit\.com|quora\.com|stackexchange\.com|stackoverflow\.com|tripadvisor\.[a-z.]+)$|^(?:forums?|community|discuss|boards)\./;
const FORUM_PATH = /\/(?:forums?|threads?|discussions?|topic|community)\//;

function within(el: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  try {
    return el.closest(selector) !== null;
  } catch {
    return false; // an invalid selector (from a user override) marks nothing
  }
}

/** The label of a result block, from the containers around it and then from its URL. */
export function labelFor(el: Element, url: URL, markers: Pick<SelectorVariant, 'ad' | 'paa' | 'video' | 'news' | 'forum'>): ResultLabel {
  if (within(el, markers.ad)) return 'ad';
  if (within(el, markers.paa)) return 'people-also-ask';
  if (within(el, markers.video)) return 'video';
  if (within(el, markers.news)) return 'news';
  if (within(el, markers.forum)) return 'forum';
  if (FORUM_HOST.test(url.hostname.toLowerCase()) || FORUM_PATH.test(url.pathname.toLowerCase())) return 'forum';
  return 'organic';
}

/** All marker selectors of an engine's variants together, for the structural fallback. */
export function mergedMarkers(variants: readonly SelectorVariant[]): Pick<SelectorVariant, 'ad' | 'paa' | 'video' | 'news' | 'forum'> {
  const join = (pick: (v: SelectorVariant) => string | undefined) =>
    variants
      .map(pick)
      .filter((s): s is string => !!s && validSelector(s))
      .join(', ') || undefined;
  return {
    ad: join((v) => v.ad) ?? '',
    paa: join((v) => v.paa) ?? '',
    video: join((v) => v.video),
    news: join((v) => v.news),
    forum: join((v) => v.forum),
  };
}

export function validSelector(selector: string): boolean {
  try {
    globalThis.document?.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false; // the caller drops it
  }
}
