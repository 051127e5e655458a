/**
 * Whether `host` belongs to the site whose registrable domain is `siteDomain`.
 * Exact when `siteDomain` is the registrable domain (computed with tldts by the caller):
 * a host is on that site exactly when it equals it or is one of its subdomains.
 * Kept free of tldts so the injected scanner stays small.
 */
export function hostOnSite(host: string, siteDomain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const d = siteDomain.toLowerCase().replace(/\.$/, '');
  if (!d) return false;
  return h === d || h.endsWith(`.${d}`);
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * A small stand-in for the registrable domain, used only when the scanner runs without
 * a caller-supplied domain: the last two labels, or three under a two-letter country code
 * with a short second level ("example.co.uk"). IPs, bracketed IPv6 and single labels are kept whole.
 */
export function approximateSiteDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (IPV4.test(h) || h.startsWith('[') || !h.includes('.')) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const tld = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  const take = tld.length === 2 && second.length <= 3 ? 3 : 2;
  return labels.slice(-take).join('.');
}
