import { parkedText } from '@/lib/check/page-text';
import type { Hop } from '@/lib/check/types';

// Parking services and domain marketplaces a dead domain is commonly pointed at.
const PARKING_HOSTS = [
  'sedoparking.com', 'sedo.com', 'bodis.com', 'parkingcrew.net', 'above.com', 'dan.com', 'afternic.com',
  'hugedomains.com', 'buydomains.com', 'undeveloped.com', 'domainmarket.com', 'parklogic.com', 'efty.com',
  'atom.com', 'sav.com', 'uniregistry.com',
];
// GoDaddy is also an ordinary registrar and host: only its for-sale pages count.
const GODADDY_SALE_PATH = /^\/(forsale|domainsearch|domain-for-sale|domainfind|offers?)\b/i;

function parkingHostReason(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // an unparsable hop cannot point at a parking service
  }
  const host = parsed.hostname.toLowerCase();
  const service = PARKING_HOSTS.find((h) => host === h || host.endsWith(`.${h}`));
  if (service) return `redirected to the parking service ${service}`;
  if ((host === 'godaddy.com' || host.endsWith('.godaddy.com')) && GODADDY_SALE_PATH.test(parsed.pathname)) {
    return 'redirected to a GoDaddy domain-for-sale page';
  }
  return null;
}

/**
 * Why a 2xx answer is a parked or for-sale domain, or null. Looks at where the redirects went,
 * then at the body prefix (when there is one).
 */
export function parkedReason(finalUrl: string | null, hops: readonly Hop[], body: string | null): string | null {
  const visited = [...hops.map((h) => h.to), ...(finalUrl ? [finalUrl] : [])];
  for (const url of visited) {
    const reason = parkingHostReason(url);
    if (reason) return reason;
  }
  // Bodis and others bounce a parked domain to "ww1." … "ww99." hosts of the same name.
  const last = visited.at(-1);
  if (hops.length > 0 && last && /^ww\d+\./i.test(new URL(last).hostname)) return 'redirected to a parking-style wwN host';
  return parkedText(body);
}
