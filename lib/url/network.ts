import { privateNameReason } from '@/lib/url/private-names';

/**
 * Scheme and network-location tests. A link checker running in the user's browser must not let a
 * public page make it probe the user's LAN or the machine itself, so targets are sorted here by
 * the kind of network their host is on: literal addresses, and names that only lead inside a
 * network (`private-names.ts`). A public name that resolves to a private address cannot be told
 * apart without DNS; the network guard (`lib/guard`) watches the address each request reached.
 */
export type NetworkKind = 'public' | 'loopback' | 'private' | 'link-local' | 'unique-local' | 'unspecified' | 'local-name';

export { isHttpUrl } from './scheme';

/** Whether a host is anything but a public address or name. */
export function isNonPublicHost(hostname: string): boolean {
  return networkKind(hostname) !== 'public';
}

/**
 * The network a URL hostname points into. Accepts hostnames as `URL.hostname` gives them
 * (bracketed IPv6), and also bare IPv6 or legacy IPv4 forms (`127.1`, `0x7f.0.0.1`), which are
 * normalised the way the browser would before connecting.
 */
export function networkKind(hostname: string): NetworkKind {
  const host = canonicalHost(hostname);
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  if (host.startsWith('[')) return ipv6Kind(host.slice(1, -1));
  const v4 = parseIpv4(host);
  if (v4) return ipv4Kind(v4);
  return privateNameReason(host, isPrivateIpv4) ? 'local-name' : 'public';
}

/** Words for why a host is not public ("a loopback address", "a .local name…"), or null when it is. */
export function networkDescription(hostname: string): string | null {
  const kind = networkKind(hostname);
  if (kind === 'public') return null;
  if (kind !== 'local-name') return `${hostname} is a ${kind} address`;
  return `${hostname}: ${privateNameReason(canonicalHost(hostname), isPrivateIpv4) ?? 'a private name'}`;
}

/** Whether an address (four bytes) is anything but public. */
export function isPrivateIpv4(bytes: readonly number[]): boolean {
  return ipv4Kind(bytes) !== 'public';
}

/** The network kind of an address as a resolver or `webRequest` reports it ("10.0.0.1", "::1", "[fe80::1]"). */
export function addressKind(ip: string): NetworkKind {
  const text = ip.trim().replace(/^\[|\]$/g, '');
  if (text.includes(':')) return ipv6Kind(text);
  const v4 = parseIpv4(text);
  return v4 ? ipv4Kind(v4) : 'public';
}

function canonicalHost(hostname: string): string {
  let host = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (host.includes(':') && !host.startsWith('[')) host = `[${host}]`;
  try {
    return new URL(`http://${host}/`).hostname.replace(/\.$/, '');
  } catch {
    return host; // not a valid host: judged as written, which makes it "public" (never trusted more)
  }
}

function parseIpv4(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : null;
}

function ipv4Kind([a = 0, b = 0]: readonly number[]): NetworkKind {
  if (a === 127) return 'loopback';
  if (a === 0) return 'unspecified';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  // Carrier-grade NAT space is not the public internet either.
  if (a === 100 && b >= 64 && b <= 127) return 'private';
  if (a === 169 && b === 254) return 'link-local';
  return 'public';
}

/** The eight 16-bit groups of an IPv6 address, or null when it is not one. */
export function parseIpv6(text: string): number[] | null {
  let s = text.toLowerCase();
  // An embedded dotted IPv4 tail ("::ffff:10.0.0.1") is the last two groups written differently.
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(s);
  if (dotted?.[1]) {
    const v4 = parseIpv4(dotted[1]);
    if (!v4) return null;
    const [a = 0, b = 0, c = 0, d = 0] = v4;
    s = `${s.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const head = groups(halves[0]);
  const rest = groups(halves[1]);
  if (![...head, ...rest].every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  const fixed = head.length + rest.length;
  if (halves.length === 1 ? fixed !== 8 : fixed > 7) return null;
  const zeros = new Array<number>(8 - fixed).fill(0);
  return [...head.map((g) => parseInt(g, 16)), ...zeros, ...rest.map((g) => parseInt(g, 16))];
}

function ipv6Kind(text: string): NetworkKind {
  const g = parseIpv6(text);
  if (!g) return 'public';
  const [g0 = 0, g5 = 0, g6 = 0, g7 = 0] = [g[0], g[5], g[6], g[7]];
  const firstFiveZero = g.slice(0, 5).every((x) => x === 0);
  if (firstFiveZero && g5 === 0xffff) return ipv4Kind([g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff]);
  if (g.every((x) => x === 0)) return 'unspecified';
  if (g.slice(0, 7).every((x) => x === 0) && g7 === 1) return 'loopback';
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  // fec0::/10 (deprecated site-local) still routes only inside a site.
  if ((g0 & 0xffc0) === 0xfec0) return 'private';
  if ((g0 & 0xfe00) === 0xfc00) return 'unique-local';
  return 'public';
}

/** Whether any of these URLs points into a non-public network (unparsable ones are ignored). */
export function anyNonPublicUrl(urls: readonly string[]): boolean {
  return urls.some((url) => {
    try {
      return isNonPublicHost(new URL(url).hostname);
    } catch {
      return false; // not a URL: it points nowhere
    }
  });
}
