import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/check/classify';
import type { MethodResult, Observation } from '@/lib/check/types';
import type { VerdictClass } from '@/lib/schemas/link-verdict';

const URL_ = 'https://example.com/blog/post';
const r = (method: 'HEAD' | 'GET', status: number | null, extra: Partial<MethodResult> = {}): MethodResult =>
  ({ method, status, headers: {}, body: null, error: null, attempts: 1, ...extra });
const head = (status: number | null, extra: Partial<MethodResult> = {}) => r('HEAD', status, extra);
const get = (status: number | null, extra: Partial<MethodResult> = {}) => r('GET', status, extra);
const obs = (p: Partial<Observation>): Observation =>
  ({ url: URL_, head: null, get: null, hops: [], finalUrl: URL_, redirectProblem: null, opaqueRedirect: false, probe: null, ...p });
const hop = (from: string, to: string, status = 301) => ({ from, to, status });
const page = (title: string, text = '') => `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`;
const notFound = page('Page not found', 'Sorry, we could not find that.');
const err = (error: MethodResult['error'], attempts = 1) => ({ error, attempts });

type Row = [string, Observation, VerdictClass, number | null, RegExp];

const rows: Row[] = [
  // ok
  ['HEAD 200', obs({ head: head(200) }), 'ok', 200, /^200 OK/],
  ['HEAD 204', obs({ head: head(204) }), 'ok', 204, /204 No Content/],
  ['same-site redirects', obs({ head: head(200), hops: [hop(URL_, 'https://www.example.com/blog/post/')], finalUrl: 'https://www.example.com/blog/post/' }), 'ok', 200, /same-site redirects.*1 redirect/],
  ['http → https', obs({ url: 'http://example.com/a', head: head(200), hops: [hop('http://example.com/a', 'https://example.com/a')], finalUrl: 'https://example.com/a' }), 'ok', 200, /same-site/],
  ['home → home/index.html', obs({ url: 'https://example.com/', head: head(200), hops: [hop('https://example.com/', 'https://example.com/index.html')], finalUrl: 'https://example.com/index.html' }), 'ok', 200, /200 OK/],
  ['HEAD 405, GET 200', obs({ head: head(405), get: get(200) }), 'ok', 200, /HEAD 405, GET 200/],
  ['HEAD 404, GET 200', obs({ head: head(404), get: get(200) }), 'ok', 200, /HEAD 404, GET 200/],
  ['HEAD 200, body GET failed', obs({ head: head(200), get: get(null, err('reset', 3)) }), 'ok', 200, /GET reset ×3/],
  ['200 that only mentions 404 in text', obs({ head: head(200), get: get(200, { body: page('Fixing HTTP errors', 'Error code 404 is common; so is 500.') }) }), 'ok', 200, /^200 OK/],
  ['x-datadome on a 200 is not a block', obs({ head: head(200, { headers: { 'x-datadome': 'protected' } }) }), 'ok', 200, /200/],
  ['x-iinfo on a 200 is not a block', obs({ head: head(200, { headers: { 'x-iinfo': '1-2-3' } }) }), 'ok', 200, /200/],
  // redirected
  ['cross-site redirect', obs({ head: head(200), hops: [hop(URL_, 'https://other.org/x', 302)], finalUrl: 'https://other.org/x' }), 'redirected', 200, /another site \(other\.org\)/],
  ['cross-site to home', obs({ head: head(200), hops: [hop(URL_, 'https://other.org/')], finalUrl: 'https://other.org/' }), 'redirected', 200, /other\.org\), its home page/],
  ['deep URL to home', obs({ head: head(200), hops: [hop(URL_, 'https://example.com/')], finalUrl: 'https://example.com/' }), 'redirected', 200, /home page/],
  ['deep URL to www home', obs({ head: head(200), hops: [hop(URL_, 'https://www.example.com/index.php')], finalUrl: 'https://www.example.com/index.php' }), 'redirected', 200, /home page/],
  ['opaque redirect to another site', obs({ head: head(200), hops: [hop(URL_, 'https://other.org/x', 0)], finalUrl: 'https://other.org/x', opaqueRedirect: true }), 'redirected', 200, /not observable/],
  // broken
  ['HEAD 410', obs({ head: head(410) }), 'broken', 410, /410 Gone/],
  ['HEAD 404, GET 404', obs({ head: head(404), get: get(404) }), 'broken', 404, /404 Not Found on GET/],
  ['HEAD 403, GET 404 proves death', obs({ head: head(403), get: get(404) }), 'broken', 404, /404 Not Found on GET/],
  ['404 with a Cloudflare header is still 404', obs({ head: head(404), get: get(404, { headers: { 'cf-mitigated': 'challenge' } }) }), 'broken', 404, /404/],
  ['HEAD 400, GET 400', obs({ head: head(400), get: get(400) }), 'broken', 400, /400 Bad Request on GET/],
  ['HEAD 404, GET reset', obs({ head: head(404), get: get(null, err('reset', 3)) }), 'broken', 404, /404 Not Found \(HEAD 404, GET reset ×3\)/],
  ['dns', obs({ head: head(null, err('dns')) }), 'broken', null, /does not resolve/],
  ['refused', obs({ head: head(null, err('refused', 3)) }), 'broken', null, /connection refused/],
  ['tls', obs({ head: head(null, err('tls')) }), 'broken', null, /TLS/],
  ['reset on HEAD and GET', obs({ head: head(null, err('reset')), get: get(null, err('reset', 3)) }), 'broken', null, /connection reset/],
  ['browser network error, repeated', obs({ head: head(null, err('network')), get: get(null, err('network')) }), 'broken', null, /network error \(/],
  ['redirect loop', obs({ head: head(301), hops: [hop(URL_, 'https://example.com/b'), hop('https://example.com/b', URL_)], redirectProblem: 'loop' }), 'broken', 301, /redirect loop/],
  ['too many redirects', obs({ head: head(302), hops: Array.from({ length: 11 }, (_, i) => hop(`${URL_}${i}`, `${URL_}${i + 1}`, 302)), redirectProblem: 'too-many' }), 'broken', 302, /too many redirects \(gave up after 11\)/],
  ['redirect to a non-web address', obs({ head: head(302), hops: [hop(URL_, 'ftp://example.com/', 302)], redirectProblem: 'bad-location', redirectDetail: 'ftp:' }), 'broken', 302, /non-web address \(ftp:\)/],
  ['3xx without Location', obs({ head: head(302), get: get(302) }), 'broken', 302, /without a usable Location/],
  ['opaque redirect that cannot be followed', obs({ head: head(null, err('network')), get: get(null, err('network', 2)), opaqueRedirect: true }), 'broken', null, /redirect could not be followed.*not observable/],
  // blocked
  ['HEAD 403, GET 403', obs({ head: head(403), get: get(403) }), 'blocked', 403, /403 Forbidden: access refused.*not proof/],
  ['401', obs({ head: head(401), get: get(401) }), 'blocked', 401, /401 Unauthorized/],
  ['999', obs({ head: head(999), get: get(999) }), 'blocked', 999, /999: the site refuses automated requests/],
  ['451', obs({ head: head(451), get: get(451) }), 'blocked', 451, /Legal Reasons/],
  ['HEAD 400 with no GET', obs({ head: head(400) }), 'blocked', 400, /not confirmed by GET/],
  ['cf-mitigated challenge', obs({ head: head(403), get: get(403, { headers: { 'cf-mitigated': 'challenge', server: 'cloudflare' } }) }), 'blocked', 403, /Cloudflare challenge \(403\)/],
  ['Cloudflare 503 interstitial', obs({ head: head(503), get: get(503, { headers: { server: 'cloudflare' }, body: page('Just a moment...') }) }), 'blocked', 503, /Cloudflare challenge \(503\)/],
  ['Akamai 403', obs({ head: head(403), get: get(403, { headers: { server: 'AkamaiGHost' } }) }), 'blocked', 403, /Akamai/],
  ['Akamai reference number', obs({ head: head(403), get: get(403, { body: page('Access Denied', 'Reference #18.6f1e3e17.1700000000.1a2b3c') }) }), 'blocked', 403, /Akamai/],
  ['DataDome 403', obs({ head: head(403), get: get(403, { headers: { 'x-datadome': 'protected' } }) }), 'blocked', 403, /DataDome/],
  ['PerimeterX 403', obs({ head: head(403), get: get(403, { body: '<div id="px-captcha"></div>' }) }), 'blocked', 403, /PerimeterX/],
  ['Imperva block page on 200', obs({ head: head(200), get: get(200, { body: page('Request unsuccessful', 'Incapsula incident ID: 123') }) }), 'blocked', 200, /Imperva/],
  ['AWS WAF 202 challenge', obs({ head: head(202, { headers: { 'x-amzn-waf-action': 'challenge' } }) }), 'blocked', 202, /AWS WAF/],
  ['Sucuri block', obs({ head: head(403), get: get(403, { headers: { 'x-sucuri-block': 'BOT' } }) }), 'blocked', 403, /Sucuri/],
  ['browser network error, once', obs({ head: head(null, err('network')) }), 'blocked', null, /single attempt: not proof/],
  // server-error, rate-limited, timeout
  ['500 after retries', obs({ head: head(500), get: get(500, { attempts: 3 }) }), 'server-error', 500, /500 Internal Server Error after 3 attempts/],
  ['persistent 503', obs({ head: head(503, { attempts: 3, headers: { 'retry-after': '1' } }) }), 'server-error', 503, /503 Service Unavailable after 3 attempts/],
  ['Cloudflare 503 without a challenge', obs({ head: head(503), get: get(503, { headers: { server: 'cloudflare' }, body: page('Origin down') }) }), 'server-error', 503, /503/],
  ['429 persisting', obs({ head: head(429, { attempts: 3 }) }), 'rate-limited', 429, /429 Too Many Requests persisted/],
  ['timeout', obs({ head: head(null, err('timeout', 3)) }), 'timeout', null, /no answer within the time limit \(HEAD timeout ×3\)/],
  ['408', obs({ head: head(408), get: get(408) }), 'timeout', 408, /408 Request Timeout/],
  // parked
  ['for-sale text', obs({ head: head(200), get: get(200, { body: page('example.com', 'This domain is for sale! Make an offer.') }) }), 'parked', 200, /this domain is for sale/i],
  ['buy this domain', obs({ head: head(200), get: get(200, { body: page('Buy this domain') }) }), 'parked', 200, /buy this domain/i],
  ['parking script', obs({ head: head(200), get: get(200, { body: '<script src="https://img.sedoparking.com/js/x.js"></script>' }) }), 'parked', 200, /parking service/],
  ['redirect to sedoparking', obs({ head: head(200), hops: [hop(URL_, 'https://sedoparking.com/search?d=example.com', 302)], finalUrl: 'https://sedoparking.com/search?d=example.com' }), 'parked', 200, /sedoparking\.com/],
  ['redirect to hugedomains', obs({ head: head(200), hops: [hop(URL_, 'https://www.hugedomains.com/domain_profile.cfm?d=example', 302)], finalUrl: 'https://www.hugedomains.com/domain_profile.cfm?d=example' }), 'parked', 200, /hugedomains\.com/],
  ['GoDaddy for-sale page', obs({ head: head(200), hops: [hop(URL_, 'https://www.godaddy.com/forsale/example.com', 302)], finalUrl: 'https://www.godaddy.com/forsale/example.com' }), 'parked', 200, /GoDaddy/],
  ['GoDaddy ordinary page is just a redirect', obs({ head: head(200), hops: [hop(URL_, 'https://www.godaddy.com/hosting', 302)], finalUrl: 'https://www.godaddy.com/hosting' }), 'redirected', 200, /godaddy\.com/],
  ['wwN parking host', obs({ url: 'https://example.net/x', head: head(200), hops: [hop('https://example.net/x', 'https://ww25.example.net/x?subid1=1', 302)], finalUrl: 'https://ww25.example.net/x?subid1=1' }), 'parked', 200, /wwN/],
  // soft-404
  ['soft-404 confirmed by the probe', obs({ head: head(200), get: get(200, { body: notFound }), probe: get(200, { body: notFound }) }), 'soft-404', 200, /reads "not found" \("Page not found"\).*random path/],
  ['soft-404, probe with the same title', obs({ head: head(200), get: get(200, { body: page('Oops — Seite nicht gefunden') }), probe: get(200, { body: page('Oops — Seite nicht gefunden') }) }), 'soft-404', 200, /Seite nicht gefunden/],
  ['soft-404 in French', obs({ head: head(200), get: get(200, { body: page('Erreur', '') .replace('<h1>Erreur</h1>', '<h1>Page introuvable</h1>') }), probe: get(200, { body: page('Page introuvable') }) }), 'soft-404', 200, /not found/],
  ['not-found text but the site 404s properly', obs({ head: head(200), get: get(200, { body: notFound }), probe: get(404) }), 'ok', 200, /not confirmed \(a random path answers 404\)/],
  ['not-found text, no probe', obs({ head: head(200), get: get(200, { body: notFound }) }), 'ok', 200, /no probe was made/],
  // skipped
  ['redirect into a private network', obs({ head: head(302), hops: [hop(URL_, 'http://192.168.1.1/', 302)], redirectProblem: 'unsafe-target', redirectDetail: '192.168.1.1 is a private address' }), 'skipped', 302, /private-network address \(192\.168\.1\.1.*not followed \(HEAD 302; 1 redirect\)\. A public page may not make Linkscout request your own network\. To check such links from any page, turn on “Check links to private networks/],
  ['stopped by the network guard', obs({ head: head(null, err('private')) }), 'skipped', null, /^stopped at the network: .* \(HEAD private\)\. A public page may not make Linkscout request your own network\. To check such links/],
];

describe('classify', () => {
  it.each(rows)('%s', (_name, observation, cls, status, reason) => {
    const result = classify(observation);
    expect(result.class).toBe(cls);
    expect(result.httpStatus).toBe(status);
    expect(result.reason).toMatch(reason);
  });

  it('covers every verdict class', () => {
    const classes = new Set(rows.map((row) => row[2]));
    expect([...classes].sort()).toEqual(['blocked', 'broken', 'ok', 'parked', 'rate-limited', 'redirected', 'server-error', 'skipped', 'soft-404', 'timeout']);
  });
});
