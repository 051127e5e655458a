interface Props {
  selected: number;
  total: number;
  fresh: number;
  busy: boolean;
  onSelectAll: (on: boolean) => void;
  onSaveSelected: () => void;
  onSaveAllNew: () => void;
  onQualify: () => void;
}

/** Selection and the three things to do with results. */
export function ResultsActions({ selected, total, fresh, busy, onSelectAll, onSaveSelected, onSaveAllNew, onQualify }: Props) {
  return (
    <div class="toolbar results-actions">
      <label class="check">
        <input
          type="checkbox"
          checked={selected > 0 && selected === total}
          ref={(el) => {
            if (el) el.indeterminate = selected > 0 && selected < total;
          }}
          onChange={(e) => onSelectAll(e.currentTarget.checked)}
        />
        <span>
          {selected} of {total} selected
        </span>
      </label>
      <span class="spacer" />
      <button type="button" disabled={busy || selected === 0} onClick={onSaveSelected}>
        Save selected
      </button>
      <button type="button" disabled={busy || fresh === 0} onClick={onSaveAllNew}>
        Save all new ({fresh})
      </button>
      <button type="button" class="primary" disabled={busy || selected === 0} onClick={onQualify}>
        Qualify selected
      </button>
    </div>
  );
}
