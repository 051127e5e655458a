/**
 * Words of a URL as a person would read them: percent-encoding undone (twice-encoded too),
 * `;jsessionid=…` parameters dropped, segments split on anything that is not a letter or digit
 * and on camelCase humps ("deleteAccount" → delete, account).
 */
export function decodeFully(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current; // malformed percent-encoding: judged as far as it decodes
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** The lowercase words of one piece of text. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export interface Segment {
  /** The segment as read: decoded, lowercase, without `;params` or a file extension. */
  text: string;
  words: string[];
}

/** The decoded path split into segments (matrix parameters and file extensions dropped), each with its words. */
export function pathSegments(pathname: string): Segment[] {
  return decodeFully(pathname)
    .split(/[/\\]/)
    .map((segment) => segment.replace(/;.*$/, '').replace(/\.[a-z0-9]{1,5}$/i, ''))
    .map((text) => ({ text: text.toLowerCase(), words: words(text) }))
    .filter((s) => s.words.length > 0);
}

/**
 * Words and the joins of neighbouring words ("log", "out" → "logout"; "add", "to", "cart" →
 * "addtocart"), so spelling variants meet one list.
 */
export function joinedForms(tokens: readonly string[]): string[] {
  const forms = [...tokens];
  for (let i = 0; i + 1 < tokens.length; i++) {
    forms.push(`${tokens[i]}${tokens[i + 1]}`);
    if (i + 2 < tokens.length) forms.push(`${tokens[i]}${tokens[i + 1]}${tokens[i + 2]}`);
  }
  return forms;
}
