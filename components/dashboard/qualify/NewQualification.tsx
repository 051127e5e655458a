interface Props {
  input: string;
  deeper: boolean;
  busy: boolean;
  onInput: (text: string) => void;
  onDeeper: (on: boolean) => void;
  onStart: () => void;
  /** How many prospects are selected in the Prospects view. */
  prospects: number;
  onStartFromProspects: () => void;
}

/** A pasted list of URLs or a text/CSV file; the reader qualifies them in the background. */
export function NewQualification({ input, deeper, busy, onInput, onDeeper, onStart, prospects, onStartFromProspects }: Props) {
  return (
    <form
      class="q-new"
      onSubmit={(e) => {
        e.preventDefault();
        onStart();
      }}
    >
      <label for="q-urls">URLs to qualify (one per line, or choose a file)</label>
      <textarea id="q-urls" rows={4} value={input} onInput={(e) => onInput(e.currentTarget.value)} placeholder="https://example.com/resources" />
      <div class="q-new-row">
        <label class="check">
          <input
            type="file"
            accept=".txt,.csv,text/plain,text/csv"
            aria-label="Choose a text or CSV file of URLs"
            onChange={(e) => {
              const el = e.currentTarget;
              const file = el.files?.[0];
              el.value = '';
              if (file) void file.text().then((t) => onInput(`${input ? `${input}\n` : ''}${t}`));
            }}
          />
        </label>
        <label class="check">
          <input type="checkbox" checked={deeper} onChange={(e) => onDeeper(e.currentTarget.checked)} />
          Find contacts deeper (read up to 2 contact / about / "write for us" pages per qualified site)
        </label>
        <button type="submit" class="primary" disabled={busy || !input.trim()}>
          Qualify
        </button>
        <button type="button" disabled={busy || prospects === 0} onClick={onStartFromProspects}>
          Qualify selected prospects ({prospects})
        </button>
      </div>
    </form>
  );
}
