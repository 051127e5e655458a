import type { Contact } from '@/lib/schemas/page-scan';

/** At most this many extra pages per site are read to find contacts. */
export const MAX_EXTRA_PAGES = 2;

const PRIORITY = [/write[-_ ]?for[-_ ]?us|contribut|guest/i, /contact/i, /about|team|staff/i];

function rank(url: string): number {
  const i = PRIORITY.findIndex((p) => p.test(url));
  return i === -1 ? PRIORITY.length : i;
}

/**
 * The contact / about / "write for us" pages the scanner found on a landing page, to read for
 * contacts it did not show: same site only, not the landing page itself, best first, at most two.
 */
export function extraPagesToRead(landingUrl: string, contacts: readonly Contact[], sameSite: (a: string, b: string) => boolean): string[] {
  const landing = landingUrl.replace(/#.*$/, '');
  const urls = contacts
    .filter((c) => c.kind === 'contact-page')
    .map((c) => c.value.replace(/#.*$/, ''))
    .filter((u) => /^https?:\/\//i.test(u) && u !== landing && sameSite(u, landingUrl));
  return [...new Set(urls)].sort((a, b) => rank(a) - rank(b)).slice(0, MAX_EXTRA_PAGES);
}
