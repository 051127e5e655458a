/**
 * Links that are not editorial choices: share and intent buttons (they post the page to a
 * network, they are not prospects) and affiliate links (paid placements that should carry
 * rel="sponsored"). Patterns are data, matched on host and path without building more URLs.
 */

/** host (without "www.") → path prefixes that share or compose a post. An empty list matches any path. */
const SHARE: Record<string, readonly string[]> = {
  'facebook.com': ['/sharer', '/share.php', '/dialog/share', '/dialog/feed', '/plugins/share_button'],
  'm.facebook.com': ['/sharer'],
  'twitter.com': ['/intent/', '/share', '/home?status'],
  'x.com': ['/intent/', '/share'],
  'pinterest.com': ['/pin/create', '/pin/find'],
  'linkedin.com': ['/sharearticle', '/shareArticle', '/sharing/', '/cws/share'],
  'reddit.com': ['/submit'],
  'tumblr.com': ['/share', '/widgets/share'],
  'wa.me': [],
  'api.whatsapp.com': ['/send'],
  'web.whatsapp.com': ['/send'],
  't.me': ['/share'],
  'telegram.me': ['/share'],
  'news.ycombinator.com': ['/submitlink'],
  'getpocket.com': ['/save', '/edit'],
  'flipboard.com': ['/bookmarklet'],
  'buffer.com': ['/add'],
  'bufferapp.com': ['/add'],
  'vk.com': ['/share.php'],
  'xing.com': ['/spi/shares', '/social/share'],
  'addtoany.com': ['/share', '/add_to/'],
  'digg.com': ['/submit'],
  'mix.com': ['/add'],
  'threads.net': ['/intent/'],
  'bsky.app': ['/intent/'],
  'mastodonshare.com': [],
  'plus.google.com': ['/share'],
  'line.me': ['/R/msg/', '/msg/'],
  'social-plugins.line.me': [],
  'service.weibo.com': ['/share/'],
};

/** Hosts that exist only to redirect through an affiliate network or shortener. */
const AFFILIATE_HOSTS = new Set(
  ('amzn.to amzn.eu amzn.asia a.co geni.us shrsl.com fave.co go.magik.ly tidd.ly howl.me rstyle.me shopstyle.it ' +
    'go.skimresources.com go.redirectingat.com redirect.viglink.com click.linksynergy.com linksynergy.walmart.com ' +
    'awin1.com www.awin1.com prf.hn anrdoezrs.net jdoqocy.com tkqlhce.com dpbolvw.net kqzyfj.com emjcd.com ' +
    'shareasale.com www.shareasale.com pntra.com pntrs.com pjtra.com pjatr.com avantlink.com www.avantlink.com ' +
    'hop.clickbank.net clk.tradedoubler.com track.webgains.com partners.webmasterplan.com ad.zanox.com ' +
    'sovrn.co').split(' '),
);
/** Impact (and its white-label domains) and Partnerize serve affiliate clicks from subdomains of these. */
const AFFILIATE_SUFFIXES = ['.sjv.io', '.pxf.io', '.ojrq.net', '.evyy.net', '.r.msn.com', '.7eer.net', '.ztk5.net', '.i3f2.net'];
/** Query parameters that carry an affiliate id on a merchant's own links. */
const AFFILIATE_PARAMS = /[?&](?:ascsubtag|affid|aff_id|affiliate_id|affiliateid|aff|irclickid|clickref|ranmid|ranEAID|awc|subid)=/i;
/** Cloaked ("pretty") affiliate redirects on the page's own site: /go/…, /recommends/…, /refer/… */
const CLOAKED_PATH = /^\/(?:go|recommends|recommend|refer|out|visit|aff|affiliate)\/[^/]+/i;

function bareHost(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** A share or intent link: it posts the page to a network rather than pointing at a prospect. */
export function isShareLink(host: string, path: string, search: string): boolean {
  const bare = bareHost(host);
  const prefixes = Object.hasOwn(SHARE, bare) ? SHARE[bare] : undefined; // never "constructor" and the like
  if (!prefixes) return false;
  if (prefixes.length === 0) return true;
  const lower = (path + search).toLowerCase();
  return prefixes.some((p) => lower.startsWith(p.toLowerCase()));
}

function isAmazon(host: string): boolean {
  return /(?:^|\.)amazon\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/.test(host);
}

type AffiliateHost = 'network' | 'amazon' | 'other';

function affiliateHost(host: string): AffiliateHost {
  if (AFFILIATE_HOSTS.has(host) || AFFILIATE_HOSTS.has(bareHost(host))) return 'network';
  if (AFFILIATE_SUFFIXES.some((s) => host.endsWith(s))) return 'network';
  return isAmazon(host) ? 'amazon' : 'other';
}

function affiliate(kind: AffiliateHost, path: string, search: string, outbound: boolean): boolean {
  if (kind === 'network') return true;
  if (kind === 'amazon') return /[?&]tag=/i.test(search);
  if (outbound && search && AFFILIATE_PARAMS.test(search)) return true;
  return !outbound && CLOAKED_PATH.test(path);
}

/** An affiliate link: a known network or shortener, Amazon with an associate tag, or a cloaked redirect. */
export function isAffiliateLink(host: string, path: string, search: string, outbound: boolean): boolean {
  return affiliate(affiliateHost(host), path, search, outbound);
}

/** `isAffiliateLink` for the links of one page, each host's network looked up once. */
export function createAffiliateTest(): typeof isAffiliateLink {
  const hosts = new Map<string, AffiliateHost>();
  return (host, path, search, outbound) => {
    let kind = hosts.get(host);
    if (kind === undefined) hosts.set(host, (kind = affiliateHost(host)));
    return affiliate(kind, path, search, outbound);
  };
}
