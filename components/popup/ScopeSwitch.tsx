import type { LinkScope } from '@/lib/state/popup-state';

const OPTIONS: [LinkScope, string][] = [
  ['outbound', 'Outbound'],
  ['internal', 'Internal'],
  ['all', 'All'],
];

/** Radio group choosing which links are listed. Arrow keys move between options natively. */
export function ScopeSwitch({ value, onChange }: { value: LinkScope; onChange: (s: LinkScope) => void }) {
  return (
    <fieldset class="segmented" style={{ border: 0, padding: 0, margin: 0 }}>
      <legend class="visually-hidden">Show links</legend>
      {OPTIONS.map(([scope, label]) => (
        <label key={scope}>
          <input type="radio" name="scope" value={scope} checked={value === scope} onChange={() => onChange(scope)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
