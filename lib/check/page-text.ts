/**
 * Reading the start of an HTML body for what a page says about itself: its title, and whether it
 * reads like a "not found" page or a parked, for-sale domain. Works on a prefix of the body, so
 * everything here tolerates truncated markup.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };

/** The page title from a body prefix, entity-decoded and whitespace-collapsed, or ''. */
export function titleOf(body: string | null): string {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body ?? '');
  return collapse((match?.[1] ?? '').replace(/&(#?\w+);/g, (all, name: string) => ENTITIES[name.toLowerCase()] ?? all));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The first headings and visible text, without tags, scripts or styles. */
function visibleText(body: string): string {
  return collapse(body.replace(/<(script|style|noscript)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ')).slice(0, 4000);
}

// Phrases that, in a title or heading, say the page is missing; several languages.
const NOT_FOUND_PHRASES = [
  'page not found', 'not found', "doesn't exist", 'does not exist', 'no longer exists', 'no longer available',
  "can't be found", 'cannot be found', 'could not be found', "couldn't find", 'nothing was found', 'nothing found',
  'seite nicht gefunden', 'nicht gefunden', 'existiert nicht', 'page introuvable', 'page non trouvée',
  "n'existe pas", 'n’existe pas', 'página no encontrada', 'pagina no encontrada', 'no existe', 'pagina non trovata',
  'non esiste', 'página não encontrada', 'pagina niet gevonden', 'niet gevonden', 'nie znaleziono', 'strona nie istnieje',
  'страница не найдена', 'ページが見つかりません', '页面不存在', '找不到页面',
];
const NOT_FOUND_RE = new RegExp(`(${NOT_FOUND_PHRASES.map(escape).join('|')})|\\b404\\b`, 'i');
// In running text "404" alone is too common (ids, prices); demand a clearer phrase there.
const NOT_FOUND_TEXT_RE = new RegExp(`(${NOT_FOUND_PHRASES.filter((p) => p !== 'not found' && p !== 'no existe').map(escape).join('|')})|\\b404 (error|not found)\\b|\\berror 404\\b`, 'i');

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the title or the first heading/text of a body prefix says "not found". */
export function readsNotFound(body: string | null): boolean {
  if (!body) return false;
  if (NOT_FOUND_RE.test(titleOf(body))) return true;
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(body)?.[1];
  if (h1 && NOT_FOUND_RE.test(collapse(h1.replace(/<[^>]*>/g, ' ')))) return true;
  return NOT_FOUND_TEXT_RE.test(visibleText(body).slice(0, 600));
}

const FOR_SALE_RE = new RegExp(
  [
    'this domain (name )?(is|may be) for sale', 'buy this domain', 'domain is for sale', 'the domain [\\w.-]+ is for sale',
    'this domain is parked', 'parked free,? courtesy of', 'this web ?page is parked', 'domain (name )?has expired',
    'make an offer on this domain', 'inquire about this domain', 'diese domain (steht zum verkauf|kaufen)',
    'ce domaine est à vendre', 'este dominio está a la venta',
  ].join('|'),
  'i',
);
// Scripts and links that parking services put into their pages.
const PARKING_MARKERS_RE = /sedoparking\.com|parkingcrew\.net|bodis\.com\/|above\.com\/marketplace|dan\.com\/buy-domain|afternic\.com\/forsale|hugedomains\.com\/domain_profile|parklogic\.com|img\.sedoparking|window\.park\s*=/i;

/** Whether a body prefix is a parking or domain-for-sale page, and why. */
export function parkedText(body: string | null): string | null {
  if (!body) return null;
  const sale = FOR_SALE_RE.exec(visibleText(body)) ?? FOR_SALE_RE.exec(titleOf(body));
  if (sale) return `the page says "${sale[0]}"`;
  const marker = PARKING_MARKERS_RE.exec(body);
  return marker ? `the page loads a parking service (${marker[0]})` : null;
}
