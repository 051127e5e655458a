import type { JudgedRow } from '@/lib/qualify/table';
import { RowState } from './RowState';

const LIVE = new Set(['ok', 'redirected']);

interface Props {
  rows: readonly JudgedRow[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** Set when the job was paused or cancelled: what rows still waiting show instead of "waiting". */
  halted?: 'paused' | 'cancelled';
}

function Score({ row }: { row: JudgedRow }) {
  if (!row.score) return <span class="muted">–</span>;
  const s = row.score;
  return (
    <span title={`relevance ${s.relevance} + kind ${s.kind} + contacts ${s.contacts}`}>
      <strong>{s.total}</strong> <span class="muted q-parts">({s.relevance} + {s.kind} + {s.contacts})</span>
    </span>
  );
}

/** The qualification table: qualified sites by score, then pending, then the disqualified with why; each row says where its read is. */
export function QualifyTable({ rows, selected, onToggle, halted }: Props) {
  return (
    <div class="table-wrap">
      <table class="q-table">
        <caption class="visually-hidden">Qualification results</caption>
        <thead>
          <tr>
            <th scope="col"><span class="visually-hidden">Select</span></th>
            <th scope="col">Page</th>
            <th scope="col">State</th>
            <th scope="col">Status</th>
            <th scope="col">Kind</th>
            <th scope="col">Lang</th>
            <th scope="col">Contacts</th>
            <th scope="col">Spam</th>
            <th scope="col">Score (relevance + kind + contacts)</th>
            <th scope="col">Disqualified</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const f = r.facts;
            const emails = f?.contacts.filter((c) => c.kind === 'email').map((c) => c.value) ?? [];
            return (
              <tr key={r.id} class={r.disqualified ? 'q-out' : r.score ? 'q-in' : 'q-wait'} data-testid="q-row">
                <td>
                  <input type="checkbox" checked={selected.has(r.id)} disabled={!f} onChange={() => onToggle(r.id)} aria-label={`Select ${r.url}`} />
                </td>
                <td class="q-page">
                  <span class="q-title">{f?.title || r.domain}</span>
                  <a href={r.url} target="_blank" rel="noreferrer noopener" class="mono">
                    {r.url}
                  </a>
                  {r.alreadyInProspects && <span class="rbadge saved">in prospects</span>}
                </td>
                <td>
                  <RowState row={r} halted={halted} />
                </td>
                {/* "noindex" only where a page was there to index: a dead page is not indexable by definition. */}
                <td>{f ? `${f.statusClass}${f.httpStatus ? ` ${f.httpStatus}` : ''}${f.indexable || !LIVE.has(f.statusClass) ? '' : ' · noindex'}` : ''}</td>
                <td>{f?.pageKind ? `${f.pageKind} ${f.kindScore}` : ''}</td>
                <td>{f?.lang}</td>
                <td class="q-contacts">
                  {emails.join(', ')}
                  {f && f.extraPages.length > 0 && <span class="muted"> (+{f.extraPages.length} page{f.extraPages.length === 1 ? '' : 's'} read)</span>}
                </td>
                <td>{f?.spamScore ?? ''}</td>
                <td>
                  <Score row={r} />
                </td>
                {/* A failed read's reason is in its state; the CSV keeps it as the disqualified reason. */}
                <td>{r.disqualified && r.disqualified.rule !== 'failed' ? r.disqualified.reason : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
