import type { FootprintsActions, FootprintsState } from '@/lib/state/dashboard/footprints-state';
import { TACTICS, type Tactic } from '@/lib/footprints/tactics';
import { QueryList } from './QueryList';
import { TemplateEditor } from './TemplateEditor';

const ENGINES = [
  { id: 'google', label: 'Google' },
  { id: 'bing', label: 'Bing' },
  { id: 'duckduckgo', label: 'DuckDuckGo' },
] as const;

/** The footprint query builder: tactic × niche keywords × engine, modifiers, then queries to open. */
export function FootprintsView({ state, actions }: { state: FootprintsState; actions: FootprintsActions }) {
  if (state.loading.value) return <p role="status">Loading the query builder…</p>;
  const p = state.prefs.value;
  const tactic = TACTICS.find((t) => t.id === state.tactic.value);
  const own = state.ownDomains.value;
  return (
    <div class="footprints">
      {state.error.value && (
        <p class="dash-error" role="alert">
          {state.error.value}
        </p>
      )}
      <form class="fp-form" onSubmit={(e) => e.preventDefault()}>
        <label>
          Tactic
          <select value={state.tactic.value} onChange={(e) => (state.tactic.value = e.currentTarget.value as Tactic)}>
            {TACTICS.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Niche keywords (one per line)
          <textarea rows={3} value={p.keywords} onChange={(e) => actions.update({ keywords: e.currentTarget.value })} />
        </label>
        <label>
          Name (competitor or author)
          <input value={p.name} onChange={(e) => actions.update({ name: e.currentTarget.value })} />
        </label>
        <fieldset class="segmented">
          <legend>Engine</legend>
          {ENGINES.map((en) => (
            <label key={en.id}>
              <input type="radio" name="fp-engine" checked={p.engine === en.id} onChange={() => actions.update({ engine: en.id })} />
              {en.label}
            </label>
          ))}
        </fieldset>
        <details class="fp-modifiers">
          <summary>Modifiers</summary>
          <div class="fp-mod-grid">
            <label>
              Published after
              <input type="date" value={p.after} onChange={(e) => actions.update({ after: e.currentTarget.value })} />
            </label>
            <label class="check">
              <input type="checkbox" checked={p.excludeOwn} onChange={(e) => actions.update({ excludeOwn: e.currentTarget.checked })} />
              Exclude my domains {own.length ? `(${own.join(', ')})` : '(none set in Settings)'}
            </label>
            <label>
              Exclude brand names (one per line)
              <textarea rows={2} value={p.brand} onChange={(e) => actions.update({ brand: e.currentTarget.value })} />
            </label>
            <label>
              Exclude noise sites (-site:, one per line)
              <textarea rows={4} value={p.noise} onChange={(e) => actions.update({ noise: e.currentTarget.value })} />
            </label>
          </div>
        </details>
      </form>
      <section aria-labelledby="fp-queries-title">
        <h2 id="fp-queries-title">
          {tactic?.label} queries <span class="muted">· {tactic?.help}</span>
        </h2>
        <QueryList queries={state.queries.value} engine={p.engine} />
        <TemplateEditor templates={state.templates.value} onEdit={actions.editTemplate} onAdd={actions.addTemplate} onRemove={actions.removeTemplate} onReset={actions.resetTemplates} />
      </section>
    </div>
  );
}
