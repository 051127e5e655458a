import { useState } from 'preact/hooks';
import type { FootprintTemplate } from '@/lib/footprints/build';

interface Props {
  templates: readonly FootprintTemplate[];
  onEdit: (id: string, template: string) => void;
  onAdd: (template: string) => void;
  onRemove: (id: string) => void;
  onReset: () => void;
}

/** The tactic's templates, editable: {kw} is a niche keyword, {name} a competitor or an author. */
export function TemplateEditor({ templates, onEdit, onAdd, onRemove, onReset }: Props) {
  const [draft, setDraft] = useState('');
  return (
    <details class="fp-templates">
      <summary>Templates for this tactic ({templates.length})</summary>
      <ul>
        {templates.map((t, i) => (
          <li key={t.id}>
            <label class="visually-hidden" for={`fp-t-${t.id}`}>
              Template {i + 1}
            </label>
            <input id={`fp-t-${t.id}`} class="mono" value={t.template} onChange={(e) => onEdit(t.id, e.currentTarget.value)} />
            <button type="button" onClick={() => onRemove(t.id)}>
              Remove<span class="visually-hidden"> template {i + 1}</span>
            </button>
          </li>
        ))}
      </ul>
      <form
        class="fp-add"
        onSubmit={(e) => {
          e.preventDefault();
          onAdd(draft);
          setDraft('');
        }}
      >
        <label for="fp-new">New template</label>
        <input id="fp-new" class="mono" value={draft} placeholder='{kw} intitle:"write for us"' onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit" disabled={!draft.trim()}>
          Add
        </button>
        <button type="button" onClick={onReset}>
          Restore built-in templates
        </button>
      </form>
    </details>
  );
}
