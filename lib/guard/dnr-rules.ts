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

const OCTET = '[0-9]{1,3}';
const END = '(:[0-9]+)?([/?#]|$)';

/** Private, loopback, link-local, unspecified and carrier-grade NAT IPv4 ranges. */
export const PRIVATE_IPV4_REGEX =
  `^https?://((127|10|0)(\\.${OCTET}){3}|(192\\.168|169\\.254)(\\.${OCTET}){2}|172\\.(1[6-9]|2[0-9]|3[01])(\\.${OCTET}){2}|100\\.(6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7])(\\.${OCTET}){2})${END}`;
/** Loopback, unspecified, IPv4-mapped, unique-local, link-local and site-local IPv6. */
export const PRIVATE_IPV6_REGEX = `^https?://\\[(::1?|::ffff:[0-9a-f:.]+|f[cd][0-9a-f]{0,2}:[0-9a-f:.]*|fe[89a-f][0-9a-f]:[0-9a-f:.]*)\\]${END}`;
/** Single-label names ("intranet", "localhost"), which only resolve inside a network. */
export const SINGLE_LABEL_REGEX = `^https?://[^./:?#\\[\\]]+\\.?${END}`;

/** Rule ids: blocks from 1, per-host allowances from 100. */
export const BLOCK_RULE_IDS = [1, 2, 3, 4];
export const FIRST_ALLOW_ID = 100;

/** The rules that keep the extension (and only it: `initiatorDomains`) out of private networks. */
export function blockRules(extensionId: string): DnrRule[] {
  const scope = { initiatorDomains: [extensionId], tabIds: [-1] };
  const block = (id: number, condition: Omit<DnrRule['condition'], 'initiatorDomains' | 'tabIds'>): DnrRule =>
    ({ id, priority: 1, action: { type: 'block' }, condition: { ...condition, ...scope } });
  return [
    block(1, { regexFilter: PRIVATE_IPV4_REGEX }),
    block(2, { regexFilter: PRIVATE_IPV6_REGEX }),
    block(3, { regexFilter: SINGLE_LABEL_REGEX }),
    block(4, { requestDomains: ['localhost', ...LOCAL_SUFFIXES, ...WILDCARD_DNS] }),
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
    condition: { regexFilter: `^https?://${hostPattern}`, initiatorDomains: [extensionId], tabIds: [-1] },
  };
}
