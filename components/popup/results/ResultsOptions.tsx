interface Props {
  onePerDomain: boolean;
  skipDays: number;
  hidden: { recentlyContacted: number; sameDomain: number };
  onOnePerDomain: (on: boolean) => void;
  onSkipDays: (days: number) => void;
}

/** The two listing options, with how many results each one leaves out. */
export function ResultsOptions({ onePerDomain, skipDays, hidden, onOnePerDomain, onSkipDays }: Props) {
  return (
    <div class="toolbar results-options">
      <label class="check">
        <input type="checkbox" checked={onePerDomain} onChange={(e) => onOnePerDomain(e.currentTarget.checked)} />
        One per domain{hidden.sameDomain ? ` (${hidden.sameDomain} hidden)` : ''}
      </label>
      <label class="check">
        Skip contacted within
        <input
          type="number"
          class="days"
          min={0}
          max={3650}
          value={skipDays}
          onChange={(e) => {
            const days = Number(e.currentTarget.value);
            if (Number.isInteger(days) && days >= 0 && days <= 3650) onSkipDays(days);
          }}
        />
        days{hidden.recentlyContacted ? ` (${hidden.recentlyContacted} hidden)` : ''}
      </label>
    </div>
  );
}
