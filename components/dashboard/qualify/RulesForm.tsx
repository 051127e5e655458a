import type { QualifyRules } from '@/lib/qualify/types';

const list = (text: string) => text.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);

/** The disqualifiers, each a setting; applied to the table at once. */
export function RulesForm({ rules, onChange }: { rules: QualifyRules; onChange: (rules: QualifyRules) => void }) {
  const set = (patch: Partial<QualifyRules>) => onChange({ ...rules, ...patch });
  const box = (key: 'notIndexable' | 'deadOrParked' | 'alreadyContacted', label: string) => (
    <label class="check">
      <input type="checkbox" checked={rules[key]} onChange={(e) => set({ [key]: e.currentTarget.checked })} />
      {label}
    </label>
  );
  return (
    <details class="q-rules">
      <summary>Disqualifiers</summary>
      <div class="q-rules-grid">
        {box('deadOrParked', 'Dead or parked')}
        {box('notIndexable', 'Not indexable (noindex, canonical elsewhere)')}
        {box('alreadyContacted', 'Already contacted')}
        <label>
          Spam score above (100 = off)
          <input type="number" min={0} max={100} value={rules.maxSpamScore} onChange={(e) => set({ maxSpamScore: Number(e.currentTarget.value) })} />
        </label>
        <label>
          Languages wanted (empty = any)
          <input value={rules.languages.join(', ')} onChange={(e) => set({ languages: list(e.currentTarget.value) })} placeholder="en, de" />
        </label>
        <label>
          Blocklist (domains)
          <textarea rows={2} value={rules.blocklist.join('\n')} onChange={(e) => set({ blocklist: list(e.currentTarget.value) })} />
        </label>
        <label>
          Competitors (domains)
          <textarea rows={2} value={rules.competitors.join('\n')} onChange={(e) => set({ competitors: list(e.currentTarget.value) })} />
        </label>
      </div>
    </details>
  );
}
