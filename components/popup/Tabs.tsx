import type { ComponentChildren } from 'preact';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
  count?: number;
}

/** An ARIA tablist: click or arrow keys to move; the panel is rendered by the caller. */
export function Tabs<T extends string>(props: { tabs: readonly TabSpec<T>[]; value: T; onChange: (t: T) => void; children: ComponentChildren }) {
  const { tabs, value, onChange } = props;
  const move = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === value);
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = tabs[(i + delta + tabs.length) % tabs.length];
    if (next) {
      onChange(next.id);
      (e.currentTarget as HTMLElement).parentElement?.querySelector<HTMLElement>(`#tab-${next.id}`)?.focus();
    }
  };
  return (
    <>
      <div class="tabs" role="tablist" aria-label="Scan views">
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={t.id === value}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === value ? 0 : -1}
            onClick={() => onChange(t.id)}
            onKeyDown={move}
          >
            {t.label}
            {t.count !== undefined && <span class="tab-count">{t.count}</span>}
          </button>
        ))}
      </div>
      <div class="panel" role="tabpanel" id={`panel-${value}`} aria-labelledby={`tab-${value}`}>
        {props.children}
      </div>
    </>
  );
}
