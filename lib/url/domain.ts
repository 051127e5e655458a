import { getDomain, getHostname } from 'tldts';

/**
 * The registrable domain of a URL or host ("blog.example.co.uk" → "example.co.uk").
 * Private suffixes count (user.github.io is its own site). Hosts without one
 * (IP addresses, localhost, single-label intranet names) are returned as the host itself.
 */
export function registrableDomain(urlOrHost: string): string {
  const host = (getHostname(urlOrHost) ?? '').toLowerCase().replace(/\.$/, '');
  if (!host) return '';
  const domain = getDomain(host, { allowPrivateDomains: true });
  return domain ?? host;
}
