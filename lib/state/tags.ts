/** Splits "a, b ,, c" into clean, unique tags: the one reading of a tags field, popup and dashboard alike. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim().replace(/\s+/g, ' ')).filter((t) => t.length > 0))];
}
