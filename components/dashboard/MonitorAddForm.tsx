import { useState } from 'preact/hooks';
import type { Frequency } from '@/lib/monitor/types';
import type { NewLinkInput } from '@/lib/state/dashboard/monitoring';

const REL_CHOICES = ['', 'nofollow', 'sponsored', 'ugc'] as const;

/** "Monitor a link": any page and the link to one of your sites it should carry. */
export function MonitorAddForm({ busy, onAdd }: { busy: boolean; onAdd: (input: NewLinkInput) => void }) {
  const [pageUrl, setPageUrl] = useState('');
  const [targetUrl, setTargetUrl] = useState('');
  const [anchor, setAnchor] = useState('');
  const [rel, setRel] = useState('');
  const [frequency, setFrequency] = useState<Frequency>('weekly');
  const submit = (e: Event) => {
    e.preventDefault();
    onAdd({ pageUrl: pageUrl.trim(), frequency, expected: { targetUrl: targetUrl.trim(), anchorText: anchor.trim(), rel: rel ? [rel] : [] } });
  };
  return (
    <details class="monitor-add">
      <summary>Monitor a link</summary>
      <form class="filter-row" onSubmit={submit}>
        <label class="field grow">
          <span>Page with the link</span>
          <input type="url" required value={pageUrl} onInput={(e) => setPageUrl(e.currentTarget.value)} placeholder="https://blog.example/post" />
        </label>
        <label class="field grow">
          <span>Link target (your site)</span>
          <input type="url" required value={targetUrl} onInput={(e) => setTargetUrl(e.currentTarget.value)} placeholder="https://your-site.example/page" />
        </label>
        <label class="field">
          <span>Anchor text</span>
          <input type="text" value={anchor} onInput={(e) => setAnchor(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>rel</span>
          <select value={rel} onChange={(e) => setRel(e.currentTarget.value)}>
            {REL_CHOICES.map((r) => <option key={r} value={r}>{r || 'follow'}</option>)}
          </select>
        </label>
        <label class="field">
          <span>Check</span>
          <select value={frequency} onChange={(e) => setFrequency(e.currentTarget.value as Frequency)}>
            <option value="weekly">weekly</option>
            <option value="daily">daily</option>
          </select>
        </label>
        <button type="submit" disabled={busy}>Start monitoring</button>
      </form>
    </details>
  );
}
