import type { ContactSink } from './contacts-sink';

const SOURCE = 'Cloudflare-protected address';
const MAX_ELEMENTS = 500;

/**
 * Decodes Cloudflare's e-mail obfuscation: hex bytes, the first a key XORed into every following
 * byte, which together are the address in UTF-8. Null when the input is not that encoding.
 */
export function decodeCfEmail(hex: string): string | null {
  if (hex.length < 4 || hex.length > 512 || hex.length % 2 !== 0 || !/^[0-9a-f]+$/i.test(hex)) return null;
  const key = parseInt(hex.slice(0, 2), 16);
  let escaped = '';
  for (let i = 2; i < hex.length; i += 2) {
    escaped += `%${(parseInt(hex.slice(i, i + 2), 16) ^ key).toString(16).padStart(2, '0')}`;
  }
  try {
    return decodeURIComponent(escaped);
  } catch {
    return null; // the bytes are not UTF-8: not an address Cloudflare encoded
  }
}

/**
 * Addresses hidden by Cloudflare's scrape shield: `data-cfemail` attributes and
 * `/cdn-cgi/l/email-protection#<hex>` links. Decoded from this document only, as the page's own
 * script would for a visitor.
 */
export function fromCloudflare(doc: Document, sink: ContactSink): void {
  const els = doc.querySelectorAll('[data-cfemail], a[href*="/cdn-cgi/l/email-protection#"]');
  for (let i = 0; i < els.length && i < MAX_ELEMENTS; i++) {
    const el = els[i] as Element;
    const attr = el.getAttribute('data-cfemail');
    const href = el.getAttribute('href') ?? '';
    const hex = attr ?? href.slice(href.indexOf('#') + 1);
    const address = decodeCfEmail(hex.trim());
    if (address) sink.email(address, SOURCE);
  }
}
