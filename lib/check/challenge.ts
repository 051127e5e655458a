/**
 * Bot-protection signatures. A challenge or a WAF block says nothing about whether the page
 * exists, so these answers become `blocked`, never `broken`.
 */
interface Signature {
  name: string;
  test: (status: number, headers: Record<string, string>, body: string) => boolean;
}

const has = (value: string | undefined, pattern: RegExp) => value !== undefined && pattern.test(value);
const denial = (status: number) => status === 403 || status === 401 || status === 429 || status === 503 || status === 405;

const SIGNATURES: readonly Signature[] = [
  { name: 'Cloudflare challenge', test: (_s, h) => has(h['cf-mitigated'], /challenge/i) },
  {
    name: 'Cloudflare challenge',
    test: (s, h, b) => denial(s) && has(h.server, /cloudflare/i) && /just a moment|cf-chl|challenge-platform|attention required|cf_chl_opt/i.test(b),
  },
  { name: 'AWS WAF challenge', test: (_s, h) => has(h['x-amzn-waf-action'], /captcha|challenge|block/i) },
  { name: 'DataDome', test: (s, h, b) => denial(s) && (h['x-datadome'] !== undefined || has(h.server, /datadome/i) || /captcha-delivery\.com|datadome/i.test(b)) },
  { name: 'PerimeterX', test: (s, _h, b) => denial(s) && /px-captcha|_pxAppId|perimeterx|captcha\.px-cdn/i.test(b) },
  {
    name: 'Imperva',
    // Imperva's headers sit on every answer it serves; only a denial or its block page counts.
    test: (s, h, b) => (denial(s) && (h['x-iinfo'] !== undefined || has(h['x-cdn'], /incapsula|imperva/i))) || /incapsula incident id|_Incapsula_Resource/i.test(b),
  },
  { name: 'Akamai', test: (s, h, b) => s === 403 && (has(h.server, /akamaighost/i) || /reference\s*#\d+\.[0-9a-f]+\.\d+/i.test(b)) },
  { name: 'Sucuri firewall', test: (s, h, b) => h['x-sucuri-block'] !== undefined || (denial(s) && (has(h.server, /sucuri/i) || /sucuri website firewall/i.test(b))) },
];

/** The name of the bot protection that answered, or null. 404 and 410 are never a challenge. */
export function challengeSignature(status: number, headers: Record<string, string>, body: string | null): string | null {
  if (status === 404 || status === 410) return null;
  const text = body ?? '';
  return SIGNATURES.find((sig) => sig.test(status, headers, text))?.name ?? null;
}

/** Header names worth keeping as evidence (lowercase). */
export const EVIDENCE_HEADERS: readonly string[] = [
  'location', 'retry-after', 'server', 'content-type', 'content-length', 'cf-mitigated', 'cf-ray',
  'x-datadome', 'x-iinfo', 'x-cdn', 'x-amzn-waf-action', 'x-sucuri-id', 'x-sucuri-block',
];
