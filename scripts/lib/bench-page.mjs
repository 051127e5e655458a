// Generates the 10,000-link benchmark page at run time (a committed file would be ~1 MB of noise).
// The mix imitates a link-heavy real page: navigation, nested lists, links inside sentences,
// a sidebar and a footer; internal and outbound targets, rel token soup, duplicates, fragments
// and a few non-http hrefs. The same seed always gives the same page.

/** @param {number} seed */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['garden', 'soil', 'compost', 'seed', 'tomato', 'harvest', 'pruning', 'mulch', 'orchard', 'greenhouse', 'irrigation', 'perennial'];
const TLDS = ['com', 'org', 'net', 'co.uk', 'com.au', 'io', 'de'];
const RELS = ['nofollow', 'sponsored', 'ugc', 'noopener noreferrer', 'NoFollow NoOpener', 'nofollow,ugc', 'external'];

/**
 * @param {{ count?: number; seed?: number }} [options]
 * @returns {{ html: string; anchors: number }}
 */
export function generateLinksPage({ count = 10_000, seed = 7 } = {}) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  /** @type {string[]} */
  const made = [];
  const word = () => pick(WORDS);

  function href() {
    const r = rand();
    if (r < 0.06 && made.length > 0) return made[Math.floor(rand() * made.length)]; // duplicate target
    if (r < 0.09) return `#section-${Math.floor(rand() * 40)}`;
    if (r < 0.1) return 'mailto:editor@garden-news.example';
    if (r < 0.11) return 'javascript:void(0)';
    let target;
    if (r < 0.5) {
      const n = Math.floor(rand() * 5000);
      target = pick([`/guides/${word()}-${n}`, `./${word()}/${n}.html`, `../archive/${n}/`, `/tag/${word()}?page=${n % 9}`]);
    } else {
      const site = `${word()}-${Math.floor(rand() * 400)}.${pick(TLDS)}`;
      const host = rand() < 0.3 ? `${pick(['www', 'blog', 'shop', 'news'])}.${site}` : site;
      target = `${rand() < 0.8 ? 'https' : 'http'}://${host}/${word()}/${Math.floor(rand() * 10_000)}`;
    }
    if (rand() < 0.05) target += `#${word()}`;
    made.push(target);
    return target;
  }

  function anchor() {
    const attrs = [`href="${href()}"`];
    if (rand() < 0.35) attrs.push(`rel="${pick(RELS)}"`);
    if (rand() < 0.2) attrs.push('target="_blank"');
    const text = rand() < 0.05 ? `<img src="data:," alt="${word()} badge">` : `${word()} ${word()}`;
    return `<a ${attrs.join(' ')}>${text}</a>`;
  }

  const parts = [];
  let left = count;
  const take = (n) => {
    const k = Math.min(n, left);
    left -= k;
    return Array.from({ length: k }, anchor);
  };
  parts.push(`<header><nav><ul>${take(60).map((a) => `<li>${a}</li>`).join('')}</ul></nav></header><main><article>`);
  for (let section = 0; left > 400; section++) {
    parts.push(`<section id="section-${section}"><h2>${word()} notes ${section}</h2>`);
    for (let p = 0; p < 4; p++) {
      const links = take(4);
      parts.push(`<p>When the ${word()} is ready, read ${links[0] ?? ''} and compare it with ${links[1] ?? ''}. Some prefer ${links[2] ?? ''}; others ${links[3] ?? ''}.</p>`);
    }
    const outer = take(6).map((a) => `<li>${a}<ul>${take(3).map((b) => `<li>${b}</li>`).join('')}</ul></li>`);
    parts.push(`<ul class="resources">${outer.join('')}</ul></section>`);
  }
  parts.push(`</article><aside><h2>Elsewhere</h2><ul>${take(Math.floor(left / 2)).map((a) => `<li>${a}</li>`).join('')}</ul></aside></main>`);
  parts.push(`<footer><p>${take(left).join(' · ')}</p></footer>`);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Garden resources: ${count} links</title></head><body>${parts.join('\n')}</body></html>\n`;
  return { html, anchors: count };
}
