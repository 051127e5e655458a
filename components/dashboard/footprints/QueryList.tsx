import type { BuiltQuery } from '@/lib/footprints/build';

const ENGINE: Record<string, string> = { google: 'Google', bing: 'Bing', duckduckgo: 'DuckDuckGo' };

/** The queries to run. Each opens the engine's results page in a new tab, by the user's own click. */
export function QueryList({ queries, engine }: { queries: readonly BuiltQuery[]; engine: string }) {
  if (queries.length === 0) return <p class="muted" role="status">No templates for this tactic yet: add one below.</p>;
  return (
    <ol class="fp-queries" aria-label="Queries">
      {queries.map((q) => (
        <li key={`${q.templateId}:${q.keyword}`}>
          <code class="fp-query">{q.query}</code>
          <a class="button" href={q.url} target="_blank" rel="noreferrer noopener">
            Open in {ENGINE[engine]}
            <span class="visually-hidden">: {q.query}</span>
          </a>
          {q.flags.length > 0 && (
            <ul class="fp-flags">
              {q.flags.map((f) => (
                <li key={f.message} class={`fp-flag ${f.severity}`}>
                  {f.message}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
