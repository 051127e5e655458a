// Precision and recall of the best page kind against hand labels (tests/page-kinds.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageKind } from '../../lib/schemas/page-scan';
import { ROOT } from './harness';

export interface KindLabels {
  corpus: Record<string, PageKind>;
  fixtures: Record<string, PageKind>;
}

export function loadKindLabels(): KindLabels {
  return JSON.parse(readFileSync(join(ROOT, 'tests/page-kinds.json'), 'utf8')) as KindLabels;
}

export interface KindRow {
  kind: PageKind;
  labelled: number;
  predicted: number;
  correct: number;
  precision: number | null;
  recall: number | null;
}

/** Per kind: how many pages carry the label, how many the scanner gave it, and how many agree. */
export function kindMetrics(labels: ReadonlyMap<string, PageKind>, predicted: ReadonlyMap<string, PageKind>): KindRow[] {
  const kinds = new Set<PageKind>([...labels.values(), ...predicted.values()]);
  return Array.from(kinds, (kind) => {
    let labelled = 0;
    let guessed = 0;
    let correct = 0;
    for (const [page, label] of labels) {
      const guess = predicted.get(page);
      if (guess === undefined) continue;
      if (label === kind) labelled++;
      if (guess === kind) guessed++;
      if (label === kind && guess === kind) correct++;
    }
    return { kind, labelled, predicted: guessed, correct, precision: guessed ? correct / guessed : null, recall: labelled ? correct / labelled : null };
  }).sort((a, b) => b.labelled - a.labelled || a.kind.localeCompare(b.kind));
}

const pct = (x: number | null): string => (x === null ? '–' : `${Math.round(x * 100)}%`);

/** The table the corpus suite prints, with the pages it got wrong. */
export function formatKindMetrics(rows: readonly KindRow[], misses: readonly string[]): string {
  const lines = rows.map((r) => `  ${r.kind.padEnd(17)} labelled ${String(r.labelled).padStart(3)}  predicted ${String(r.predicted).padStart(3)}  precision ${pct(r.precision).padStart(4)}  recall ${pct(r.recall).padStart(4)}`);
  return [`Page kinds against tests/page-kinds.json:`, ...lines, ...(misses.length ? ['  misses:', ...misses.map((m) => `    ${m}`)] : [])].join('\n');
}
