import { browser } from 'wxt/browser';

/**
 * Runs in the page: scrolls the first link to `key` (its URL without the fragment) into view and
 * flashes an outline on it with the Web Animations API, which writes no attribute a page script
 * could read and leaves nothing behind. Returns whether the link was found.
 */
function scrollAndFlash(key: string): boolean {
  const strip = (href: string): string => {
    const hash = href.indexOf('#');
    return hash < 0 ? href : href.slice(0, hash);
  };
  for (const el of Array.from(document.querySelectorAll('a[href], area[href]'))) {
    let href: string;
    try {
      href = new URL(el.getAttribute('href') ?? '', document.baseURI).href;
    } catch {
      continue; // a malformed href is not the link asked for
    }
    if (strip(href) !== key) continue;
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    const flash = { outline: '3px solid #f59e0b', outlineOffset: '3px', backgroundColor: 'rgba(245, 158, 11, 0.35)' };
    const clear = { outline: '3px solid rgba(245, 158, 11, 0)', outlineOffset: '3px', backgroundColor: 'rgba(245, 158, 11, 0)' };
    el.animate([flash, clear, flash, clear], { duration: 2_000, easing: 'ease-in-out' });
    return true;
  }
  return false;
}

/** Scrolls the tab to the link with this key and flashes it. Resolves false when it is not on the page. */
export async function scrollToLink(tabId: number, key: string): Promise<boolean> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: scrollAndFlash, args: [key] });
  return injection?.result === true;
}
