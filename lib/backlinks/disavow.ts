import type { ProfileRow } from './profile';

export interface DisavowCandidate {
  domain: string;
  /** The domain's most spam-like linking page score (0–100). */
  score: number;
  /** Why: the spam signals seen on its pages, and pages gone or missing the link. */
  reasons: string[];
  urls: string[];
  /** Suggested for the file: the score reaches the threshold. */
  preselected: boolean;
}

/** One candidate per referring domain, most spam-like first, with its reasons. */
export function disavowCandidates(rows: readonly ProfileRow[], threshold: number): DisavowCandidate[] {
  const byDomain = new Map<string, DisavowCandidate>();
  for (const row of rows) {
    const c = byDomain.get(row.sourceDomain) ?? { domain: row.sourceDomain, score: 0, reasons: [], urls: [], preselected: false };
    c.urls.push(row.sourceUrl);
    const v = row.verification;
    if (v) {
      c.score = Math.max(c.score, v.spamScore);
      for (const s of v.spamSignals) {
        const reason = `${s.label}: ${s.reason}`;
        if (!c.reasons.includes(reason)) c.reasons.push(reason);
      }
    }
    byDomain.set(row.sourceDomain, c);
  }
  return [...byDomain.values()]
    .map((c) => ({ ...c, preselected: c.score >= threshold }))
    .sort((a, b) => b.score - a.score || a.domain.localeCompare(b.domain));
}

export interface DisavowEntry {
  kind: 'domain' | 'url';
  value: string;
  reasons: string[];
}

const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ').trim();

/**
 * Google's disavow format: UTF-8 text, one `domain:example.com` or full URL per line, `#` for
 * comments. A dated header says what the file is; each entry is preceded by its reasons.
 */
export function disavowText(entries: readonly DisavowEntry[], date: Date): string {
  const domains = entries.filter((e) => e.kind === 'domain').length;
  const lines = [
    `# Disavow file made with Linkscout on ${date.toISOString().slice(0, 10)}`,
    `# ${domains} domain${domains === 1 ? '' : 's'}, ${entries.length - domains} URL${entries.length - domains === 1 ? '' : 's'}, chosen from a backlink audit`,
  ];
  const seen = new Set<string>();
  for (const e of entries) {
    const value = e.kind === 'domain' ? `domain:${e.value.trim().toLowerCase()}` : oneLine(e.value);
    if (seen.has(value)) continue;
    seen.add(value);
    for (const r of e.reasons.slice(0, 5)) lines.push(`# ${oneLine(r)}`);
    lines.push(value);
  }
  return `${lines.join('\n')}\n`;
}
