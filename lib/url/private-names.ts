import { parse } from 'tldts';

/**
 * Host names that lead into the user's own network without being literal addresses. A public
 * page can point at `printer.local` or `127.0.0.1.nip.io` as easily as at `127.0.0.1`, so names
 * that only make sense inside a network, and public services that answer with any address
 * written into the name, are treated like the addresses they stand for.
 */

/** Suffixes reserved or customary for names inside a network (RFC 6762, 6761, 8375, ICANN's .internal). */
export const LOCAL_SUFFIXES = [
  'local', 'localdomain', 'localhost', 'internal', 'intranet', 'private', 'lan', 'home', 'home.arpa', 'corp',
  'domain', 'workgroup', 'test', 'invalid', 'example',
];

/**
 * Public wildcard-DNS services whose names resolve to an address chosen by whoever writes the
 * name (`10.0.0.1.nip.io`), or that always resolve to loopback (`localtest.me`, `lvh.me`).
 */
export const WILDCARD_DNS = [
  'nip.io', 'sslip.io', 'xip.io', 'nip.direct', 'traefik.me', 'localtest.me', 'lvh.me', 'vcap.me', 'lacolhost.com',
  'localhost.direct', 'fuf.me', 'yoogle.com', 'ulh.me', 'readme.localtest.me', 'local.gd', 'localh.st', '1u.ms',
  'rbndr.us', 'backname.io', 'xip.name', 'nip.codes', 'sslip.net',
];

function endsWithSuffix(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith(`.${suffix}`);
}

/** An IPv4 address written inside a name: "127.0.0.1.example.com", "10-0-0-1.example.com", "0a000001.example.com". */
function embeddedIpv4(host: string): number[][] {
  const found: number[][] = [];
  const labels = host.split('.');
  for (let i = 0; i + 4 <= labels.length; i++) {
    const four = labels.slice(i, i + 4);
    if (four.every((l) => /^\d{1,3}$/.test(l))) found.push(four.map(Number));
  }
  for (const label of labels) {
    const dashed = /(?:^|[^\d])(\d{1,3})-(\d{1,3})-(\d{1,3})-(\d{1,3})(?:$|[^\d])/.exec(label);
    if (dashed) found.push(dashed.slice(1, 5).map(Number));
    const hex = /^(?:.*-)?([0-9a-f]{8})$/.exec(label);
    if (hex?.[1]) {
      const n = parseInt(hex[1], 16);
      found.push([n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
    }
  }
  return found.filter((bytes) => bytes.every((b) => b <= 255));
}

/**
 * Why a host name (not a literal address) stays inside a network, or null for an ordinary
 * public name. `isPrivateIpv4` decides which embedded addresses count.
 */
export function privateNameReason(host: string, isPrivateIpv4: (bytes: number[]) => boolean): string | null {
  if (host === '') return 'the host is empty';
  if (!host.includes('.')) return 'a single-label name only resolves inside a network';
  const local = LOCAL_SUFFIXES.find((s) => endsWithSuffix(host, s));
  if (local) return `.${local} names only resolve inside a network`;
  const wildcard = WILDCARD_DNS.find((s) => endsWithSuffix(host, s));
  if (wildcard) return `${wildcard} answers with the address written in the name`;
  if (embeddedIpv4(host).some(isPrivateIpv4)) return 'the name carries a private address';
  const parsed = parse(host, { allowPrivateDomains: false });
  if (!parsed.isIcann || !parsed.domain) return 'the name has no public top-level domain';
  return null;
}
