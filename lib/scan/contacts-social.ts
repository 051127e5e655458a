/**
 * Social profile URLs. A profile is a person's or organisation's page on a network: not a share or
 * intent link, not a single post, not the network's home page, not a repository. Values are
 * normalised to `https://<network>/<profile>` without query, fragment or trailing slash, with
 * case-insensitive handles lowercased, so the same profile linked twice is one contact.
 */

type ProfileRule = (segs: string[], url: URL) => string | null;

const words = (s: string): Set<string> => new Set(s.split(' '));

const X_RESERVED = words('intent share home search hashtag i explore settings login logout signup messages notifications tos privacy compose widgets widgets.js about download');
const FB_RESERVED = words('sharer sharer.php share share.php dialog plugins tr login login.php home.php watch groups events hashtag help policies privacy legal business gaming marketplace photo photo.php photos video.php videos reel reels stories search l.php notes ads about terms permalink.php story.php media');
const IG_RESERVED = words('p reel reels tv explore accounts stories direct about developer legal web emails session');
const PIN_RESERVED = words('pin search ideas today business explore categories login about _ resource');
const GH_RESERVED = words('features topics marketplace about pricing login join signup explore trending collections events enterprise security site contact apps search issues pulls notifications new organizations customer-stories readme team codespaces resources solutions sponsors settings sessions home showcases nonprofit education mobile logout password_reset copilot git-guides orgs');

const HANDLE_X = /^[A-Za-z0-9_]{1,15}$/;
const HANDLE_IG = /^[A-Za-z0-9._]{1,30}$/;
const HANDLE_FB = /^[A-Za-z0-9.-]{2,80}$/;
const HANDLE_GH = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const SLUG = /^[\w.%~-]{1,120}$/;

const single = (segs: string[], pattern: RegExp, reserved: Set<string>): string | null => {
  const [handle] = segs;
  return segs.length === 1 && handle && pattern.test(handle) && !reserved.has(handle.toLowerCase()) ? handle.toLowerCase() : null;
};

const RULES: Record<string, ProfileRule> = {
  'x.com': (segs) => single(segs, HANDLE_X, X_RESERVED),
  'linkedin.com': ([kind, slug]) =>
    kind && slug && /^(?:in|company|school|showcase)$/.test(kind) && SLUG.test(slug) ? `${kind}/${slug.toLowerCase()}` : null,
  'facebook.com': (segs, url) => {
    if (segs.length === 1 && segs[0] === 'profile.php') {
      const id = url.searchParams.get('id');
      return id && /^\d{1,20}$/.test(id) ? `profile.php?id=${id}` : null;
    }
    if ((segs[0] === 'pages' || segs[0] === 'people') && segs.length === 3 && segs.every((s) => SLUG.test(s))) return segs.join('/');
    return single(segs, HANDLE_FB, FB_RESERVED);
  },
  'instagram.com': (segs) => single(segs, HANDLE_IG, IG_RESERVED),
  'youtube.com': ([first, second]) => {
    if (first && /^@[\w.-]{3,30}$/.test(first)) return first.toLowerCase();
    return first && second && /^(?:channel|c|user)$/.test(first) && SLUG.test(second) ? `${first}/${second}` : null;
  },
  'tiktok.com': (segs) => (segs.length === 1 && /^@[\w.]{2,24}$/.test(segs[0] ?? '') ? (segs[0] ?? '').toLowerCase() : null),
  'pinterest.com': (segs) => single(segs, /^\w{3,30}$/, PIN_RESERVED),
  'github.com': (segs) => (segs[0] === 'orgs' && segs.length <= 3 && segs[1] ? single([segs[1]], HANDLE_GH, GH_RESERVED) : single(segs, HANDLE_GH, GH_RESERVED)),
  'bsky.app': ([first, handle, ...rest]) =>
    first === 'profile' && handle && rest.length === 0 && /^[\w.:-]{3,253}$/.test(handle) ? `profile/${handle.toLowerCase()}` : null,
};

const ALIASES: Record<string, string> = { 'twitter.com': 'x.com', 'fb.com': 'facebook.com' };

/**
 * The network a host belongs to (its key in RULES), or null. `www.`, `m.`, `mobile.` and
 * language subdomains ("de.linkedin.com") are ignored; Pinterest has country domains.
 */
export function networkOf(host: string): string | null {
  const h = host.toLowerCase();
  if (h === 'twitter.com' || h === 'x.com') return h;
  const bare = RULES[h] || ALIASES[h] ? h : h.replace(/^(?:www|m|mobile|[a-z]{2}(?:-[a-z]{2})?)\./, '');
  if (bare === 'twitter.com' || bare === 'x.com') return bare;
  if (/^pinterest\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/.test(bare)) return 'pinterest.com';
  const key = ALIASES[bare] ?? bare;
  return RULES[key] ? key : null;
}

/** Whether a link is worth parsing as a profile: a cheap test, run on every link of the page. */
export function mightBeProfile(host: string, url: string): boolean {
  return networkOf(host) !== null || url.includes('/@');
}

/** The normalised profile URL a link points to, or null when it is not a profile. */
export function socialProfile(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null; // structured data can hold anything; a non-URL is simply not a profile
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const segs = url.pathname.split('/').filter((s) => s.length > 0);
  const network = networkOf(url.hostname);
  if (network) {
    const key = network === 'twitter.com' ? 'x.com' : network;
    const path = RULES[key]?.(segs, url);
    return path ? `https://${network}/${path}` : null;
  }
  // Mastodon and other fediverse servers: https://host/@user, on any host
  const [handle] = segs;
  if (segs.length === 1 && handle && /^@\w{1,30}(?:@[a-z0-9.-]{1,253})?$/i.test(handle)) {
    return `https://${url.host.toLowerCase()}/${handle.toLowerCase()}`;
  }
  return null;
}
