import type { LinkPosition, ScannedLink } from '@/lib/schemas/page-scan';
import { contactAnchor, contactPath } from './contacts-pages';
import { networkOf } from './contacts-social';
import type { ContactSink } from './contacts-sink';

const MAX_ANCHOR = 60;

const PLACE: Partial<Record<LinkPosition, string>> = {
  header: 'header link',
  nav: 'navigation link',
  footer: 'footer link',
  aside: 'sidebar link',
};

function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return '/';
  const end = url.slice(start).search(/[?#]/);
  return end < 0 ? url.slice(start) : url.slice(start, start + end);
}

/** A WhatsApp click-to-chat link's number (wa.me/<number>, api.whatsapp.com/send?phone=). */
function whatsappNumber(link: ScannedLink): string | null {
  if (link.host === 'wa.me') return /^https?:\/\/wa\.me\/(\d{6,15})(?:[/?#]|$)/i.exec(link.url)?.[1] ?? null;
  if (link.host === 'api.whatsapp.com' || link.host === 'wa.link') return /[?&]phone=(\d{6,15})/.exec(link.url)?.[1] ?? null;
  return null;
}

/**
 * One pass over the page's links: social profiles (any link), WhatsApp numbers, and the site's
 * own contact, about and "write for us" pages (internal links only). Each link costs a few string
 * tests; only likely profiles are parsed as URLs, so pages with thousands of links stay fast.
 */
export function fromLinks(links: readonly ScannedLink[], sink: ContactSink): void {
  // `mightBeProfile`, with the network of each host looked up once (pages repeat hosts).
  const onNetwork = new Map<string, boolean>();
  for (const link of links) {
    const place = PLACE[link.position] ?? 'link';
    let network = onNetwork.get(link.host);
    if (network === undefined) onNetwork.set(link.host, (network = networkOf(link.host) !== null));
    if (network || link.url.includes('/@')) sink.social(link.url, place);
    const whatsapp = whatsappNumber(link);
    if (whatsapp) sink.add('phone', `+${whatsapp}`, 'WhatsApp link');
    if (link.outbound) continue;
    const byText = contactAnchor(link.text);
    if (byText || contactPath(pathOf(link.url))) {
      const label = byText ? link.text : pathOf(link.url);
      sink.add('contact-page', link.key, `link: ${label.length > MAX_ANCHOR ? `${label.slice(0, MAX_ANCHOR - 1)}…` : label}`);
    }
  }
}
