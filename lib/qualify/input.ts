/** http(s) URLs in pasted text or a text/CSV file, in order, each once. Anything else is ignored. */
export function urlsFromText(text: string): string[] {
  const found = text.match(/https?:\/\/[^\s"'<>,;|]+/gi) ?? [];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of found) {
    const cleaned = raw.replace(/[).\]]+$/, '');
    try {
      const href = new URL(cleaned).href;
      if (!seen.has(href)) {
        seen.add(href);
        out.push(href);
      }
    } catch {
      continue; // not a URL after all
    }
  }
  return out;
}
