import type { Indexability } from '@/lib/schemas/page-read';
import type { PageMeta } from '@/lib/schemas/page-scan';
import type { VerdictClass } from '@/lib/schemas/link-verdict';
import { parseXRobotsTag } from './robots';

export interface IndexInput {
  verdictClass: VerdictClass;
  httpStatus: number | null;
  /** The URL the page was finally served from. */
  finalUrl: string | null;
  xRobotsTag: string | null;
  /** The scanner's meta, or null when the answer was not HTML. */
  meta: Pick<PageMeta, 'canonical' | 'robots'> | null;
}

/** Same page for canonical purposes: scheme, host, path and query; fragment and a trailing slash ignored. */
function samePage(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    const path = (u: URL) => u.pathname.replace(/\/+$/, '') || '/';
    return x.protocol === y.protocol && x.host.toLowerCase() === y.host.toLowerCase() && path(x) === path(y) && x.search === y.search;
  } catch {
    return a === b;
  }
}

function nofollowSource(meta: boolean, header: boolean): Indexability['nofollowSource'] {
  if (meta && header) return 'both';
  return meta ? 'meta' : header ? 'header' : 'none';
}

/**
 * Indexable means: the page answered 2xx with HTML, neither meta robots nor X-Robots-Tag says
 * noindex, and its canonical (if any) is the page itself.
 */
export function judgeIndexable(input: IndexInput): Indexability {
  const header = parseXRobotsTag(input.xRobotsTag ?? undefined);
  const metaRobots = input.meta?.robots ?? { noindex: false, nofollow: false, directives: [] };
  const canonical = input.meta?.canonical ?? null;
  const relation: Indexability['canonicalRelation'] =
    canonical === null || input.finalUrl === null ? 'none' : samePage(canonical, input.finalUrl) ? 'self' : 'elsewhere';
  const base = {
    noindex: header.noindex || metaRobots.noindex,
    nofollow: header.nofollow || metaRobots.nofollow,
    nofollowSource: nofollowSource(metaRobots.nofollow, header.nofollow),
    canonical,
    canonicalRelation: relation,
  };
  const no = (reason: string): Indexability => ({ ...base, indexable: false, reason });
  if (input.verdictClass !== 'ok' && input.verdictClass !== 'redirected') {
    return no(`the page did not answer normally (${input.verdictClass}${input.httpStatus === null ? '' : `, HTTP ${input.httpStatus}`})`);
  }
  if (input.meta === null) return no('the answer is not an HTML page');
  if (header.noindex) return no('X-Robots-Tag says noindex');
  if (metaRobots.noindex) return no('meta robots says noindex');
  if (relation === 'elsewhere') return no(`the canonical points elsewhere (${canonical ?? ''})`);
  return { ...base, indexable: true, reason: relation === 'self' ? 'answers 2xx, no noindex, canonical is itself' : 'answers 2xx, no noindex, no canonical' };
}
