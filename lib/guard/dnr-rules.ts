import { LOCAL_SUFFIXES, WILDCARD_DNS } from '@/lib/url/private-names';

/**
 * declarativeNetRequest session rules that block this extension's own requests to loopback, LAN
 * and link-local destinations at the network layer. They hold for every redirect hop the browser
 * follows by itself (an extension's `redirect: 'manual'` is opaque, so the checker cannot see
 * those hops before they are requested). Chrome matches canonical URLs: hosts are lowercase,
 * IPv4 in dotted decimal, IPv6 compressed in brackets.
 */
export interface DnrRule {
  id: number;
  priority: number;
  action: { type: 'block' | 'allow' };
  condition: {
    regexFilter?: string;
    requestDomains?: string[];
    initiatorDomains: string[];
    tabIds: number[];
  };
}

/** After the host: a port or the path (a canonical http(s) URL always has one of them). */
const END = '[:/]';
const SCHEME = '^https?://';

/**
 * Hosts that stay inside a network, as regular expressions small enough for the browser's 2 KB
 * limit per rule: loopback, private, unspecified, link-local and carrier-grade NAT IPv4; loopback,
 * IPv4-mapped, unique-local, link-local and site-local IPv6; single-label names ("intranet").
 */
export const PRIVATE_HOST_REGEXES = [
  `${SCHEME}(127|10|0)(\\.[0-9]+){3}${END}`,
  `${SCHEME}(192\\.168|169\\.254)(\\.[0-9]+){2}${END}`,
  `${SCHEME}172\\.(1[6-9]|2[0-9]|3[01])(\\.[0-9]+){2}${END}`,
  `${SCHEME}100\\.(6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7])(\\.[0-9]+){2}${END}`,
  `${SCHEME}\\[(::1?|::ffff:[^\\]]*|f[cd][^\\]]*|fe[89a-f][^\\]]*)\\]${END}`,
  `${SCHEME}[^./:\\[]+\\.?${END}`,
];

/** Rule ids: blocks from 1, allowances from 100. */
export const FIRST_ALLOW_ID = 100;

/** The rules that keep the extension (and only it: `initiatorDomains`) out of private networks. */
export function blockRules(extensionId: string): DnrRule[] {
  const scope = { initiatorDomains: [extensionId], tabIds: [-1] };
  const block = (id: number, condition: Omit<DnrRule['condition'], 'initiatorDomains' | 'tabIds'>): DnrRule =>
    ({ id, priority: 1, action: { type: 'block' }, condition: { ...condition, ...scope } });
  return [
    ...PRIVATE_HOST_REGEXES.map((regexFilter, i) => block(i + 1, { regexFilter })),
    block(PRIVATE_HOST_REGEXES.length + 1, { requestDomains: ['localhost', ...LOCAL_SUFFIXES, ...WILDCARD_DNS] }),
  ];
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every host: the allowance a check from a private page (or with private targets allowed) holds while it requests. */
export const ANY_HOST = '*';

/**
 * Lets the extension reach one private host (or, with `ANY_HOST`, any) while a check that may
 * reach it runs: the page is on that network, or the user allowed private targets. The browser
 * follows redirects by itself, so such a check's hops into other private hosts need it too.
 * Outranks the block rules.
 */
export function allowRule(id: number, extensionId: string, host: string): DnrRule {
  const hostPattern = host === ANY_HOST ? '' : `${escapeRegex(host.toLowerCase())}${END}`;
  return {
    id, priority: 2, action: { type: 'allow' },
    condition: { regexFilter: `${SCHEME}${hostPattern}`, initiatorDomains: [extensionId], tabIds: [-1] },
  };
}
