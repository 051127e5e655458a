/** Visible-ish text of an element, whitespace collapsed and cut to `max` characters. */
export function cleanText(el: Element | null | undefined, max = 400): string {
  const text = (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Splits a selector list on its top-level commas (not those inside brackets, parentheses or quotes). */
export function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * The element for a field inside a result block: the alternatives of `selector` are tried in the
 * order written (the first one that matches wins), and the block itself counts. Invalid
 * alternatives (from a user override) match nothing.
 */
export function pick(root: Element, selector: string): Element | null {
  for (const alternative of splitSelectorList(selector)) {
    try {
      if (root.matches(alternative)) return root;
      const found = root.querySelector(alternative);
      if (found) return found;
    } catch {
      continue; // invalid alternative: try the next one
    }
  }
  return null;
}

/** Every match of a selector list in document order; invalid alternatives are left out. */
export function pickAll(doc: ParentNode, selector: string): Element[] {
  const valid = splitSelectorList(selector).filter((s) => {
    try {
      doc.querySelector(s);
      return true;
    } catch {
      return false; // dropped
    }
  });
  return valid.length ? Array.from(doc.querySelectorAll(valid.join(', '))) : [];
}
