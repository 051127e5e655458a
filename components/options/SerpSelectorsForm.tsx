import type { SerpSelectorsState } from '@/lib/state/options/serp-selectors';

const EXAMPLE = `{ "google": [ { "name": "desktop", "root": "#rso div.g", "link": "a[href]", "title": "h3", "snippet": "div.VwiC3b", "ad": "#tads", "paa": "div.related-question-pair" } ] }`;

/** Selector overrides for results pages: a variant with a built-in name replaces it, a new name is tried first. */
export function SerpSelectorsForm({ state, onSubmit }: { state: SerpSelectorsState; onSubmit: () => void }) {
  const error = state.error.value;
  return (
    <form
      class="options"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <section aria-labelledby="serp-heading">
        <h2 id="serp-heading">Search results pages</h2>
        <div class={`field${error ? ' invalid' : ''}`}>
          <label for="serp-selectors">Selector overrides (JSON)</label>
          <p class="help" id="serp-selectors-help">
            When Google, Bing or DuckDuckGo change their markup, add a selector variant per engine here. Each needs name, root,
            link, title, snippet, ad and paa (video, news and forum are optional). Leave empty to use the built-in tables. Example:{' '}
            <code>{EXAMPLE}</code>
          </p>
          <textarea
            id="serp-selectors"
            rows={8}
            value={state.text.value}
            disabled={state.status.value === 'loading'}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'serp-selectors-help serp-selectors-error' : 'serp-selectors-help'}
            onInput={(e) => {
              state.text.value = e.currentTarget.value;
              state.status.value = 'idle';
            }}
          />
          {error && (
            <p class="field-error" id="serp-selectors-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div class="actions">
          <button type="submit">Save selectors</button>
          <span class="save-status saved" role="status">
            {state.status.value === 'saved' ? 'Selectors saved.' : ''}
          </span>
        </div>
      </section>
    </form>
  );
}
