import type { KindScore, PageScan } from '@/lib/schemas/page-scan';

const KIND_LABELS: Record<KindScore['kind'], string> = {
  resource: 'Resource / links page',
  roundup: 'Roundup / curated list',
  'guest-post': 'Guest-post page (“write for us”)',
  directory: 'Directory / listing',
  contact: 'Contact page',
  'journalist-query': 'Journalist query',
  article: 'Ordinary article',
};

function Meter({ value, label }: { value: number; label: string }) {
  return <meter min={0} max={100} low={34} high={67} optimum={100} value={value} aria-label={label} />;
}

function formatDate(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 10);
}

/** The Page tab: what kind of page this is and why, its meta, relevance and spam signals. */
export function PagePanel({ scan, onOpenSettings }: { scan: PageScan; onOpenSettings: () => void }) {
  const [best, ...others] = scan.kinds;
  const { meta, relevance, spam } = scan;
  return (
    <div class="scroll page-panel">
      <section aria-labelledby="kind-h">
        <h2 id="kind-h">Page kind</h2>
        {best && (
          <div class="kind" data-testid="page-kind" data-kind={best.kind}>
            <strong>{KIND_LABELS[best.kind]}</strong> <span class="muted">score {Math.round(best.score)}</span>
            <ul>
              {best.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </div>
        )}
        {others.filter((k) => k.score >= 20).map((k) => (
          <p class="muted" key={k.kind}>
            Also: {KIND_LABELS[k.kind]} ({Math.round(k.score)}){k.reasons[0] ? ` — ${k.reasons[0]}` : ''}
          </p>
        ))}
      </section>
      <section aria-labelledby="meta-h">
        <h2 id="meta-h">Meta</h2>
        <dl class="meta">
          <dt>Canonical</dt>
          <dd class="mono">{meta.canonical ?? 'none declared'}</dd>
          <dt>Robots</dt>
          <dd>
            {meta.robots.noindex ? <span class="badge sponsored">noindex</span> : 'indexable'}{' '}
            {meta.robots.nofollow && <span class="badge nofollow">nofollow</span>}
            {meta.robots.directives.length > 0 && <span class="muted mono"> ({meta.robots.directives.join(', ')})</span>}
          </dd>
          <dt>Language</dt>
          <dd>{meta.lang || '—'}</dd>
          <dt>Published</dt>
          <dd>{formatDate(meta.published)}</dd>
          <dt>Modified</dt>
          <dd>{formatDate(meta.modified)}</dd>
          {meta.description && (
            <>
              <dt>Description</dt>
              <dd>{meta.description}</dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby="rel-h">
        <h2 id="rel-h">Relevance</h2>
        {relevance.hits.length === 0 && relevance.score === 0 ? (
          <p class="muted">
            No niche keywords matched.{' '}
            <button type="button" class="link-button" onClick={onOpenSettings}>
              Set your keywords
            </button>
          </p>
        ) : (
          <>
            <p>
              <Meter value={relevance.score} label="Relevance score" /> {Math.round(relevance.score)} / 100
            </p>
            <table class="hits">
              <thead>
                <tr><th scope="col">Keyword</th><th scope="col">Title</th><th scope="col">Headings</th><th scope="col">Body</th></tr>
              </thead>
              <tbody>
                {relevance.hits.map((h) => (
                  <tr key={h.keyword}><td>{h.keyword}</td><td>{h.title}</td><td>{h.headings}</td><td>{h.body}</td></tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
      <section aria-labelledby="spam-h">
        <h2 id="spam-h">Spam signals</h2>
        <p>
          <Meter value={100 - spam.score} label="Spam score, inverted: full is clean" /> {Math.round(spam.score)} / 100{' '}
          <span class="muted">{spam.score >= 60 ? 'looks like a link farm' : spam.score >= 30 ? 'some warning signs' : 'looks clean'}</span>
        </p>
        {spam.signals.length > 0 && (
          <ul data-testid="spam-signals">
            {spam.signals.map((s) => (
              <li key={s.id}>
                <strong>{s.label}</strong>: {s.reason}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
