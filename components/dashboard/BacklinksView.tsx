import { useEffect } from 'preact/hooks';
import './audit.css';
import type { AnchorClass, RelClass } from '@/lib/backlinks/types';
import type { Backlinks } from '@/lib/state/dashboard/backlinks';
import { StateMessage } from '@/components/common/StateMessage';
import { BacklinkImport } from './BacklinkImport';
import { BarChart, type Bar } from './BarChart';
import { DisavowBuilder } from './DisavowBuilder';
import { SpamTable } from './SpamTable';
import { formatCount } from '@/lib/text/numbers';

const REL_BARS: [RelClass, string, Bar['tone']][] = [['follow', 'follow', 'ok'], ['nofollow', 'nofollow', 'warn'], ['sponsored', 'sponsored', 'bad'], ['ugc', 'ugc', 'info']];
const ANCHOR_BARS: [AnchorClass, string, Bar['tone']][] = [
  ['branded', 'branded', 'ok'], ['exact', 'exact match', 'bad'], ['partial', 'partial match', 'warn'], ['naked-url', 'naked URL', 'info'],
  ['generic', 'generic', 'muted'], ['image', 'image', 'muted'], ['other', 'other', 'muted'],
];

/** The backlink audit: import, verification progress, the mixes as charts, spam ranking and disavow. */
export function BacklinksView({ backlinks: b }: { backlinks: Backlinks }) {
  useEffect(() => b.start(), [b]);
  const rows = b.rows.value;
  const p = b.profile.value;
  const chosen = new Set(b.chosen.value.map((c) => c.domain));
  return (
    <div class="backlinks">
      <div class="view-bar">
        <h2>Backlinks</h2>
        <p class="muted small">Each linking page is read in the background with the link checker's rules and scanned like a tab.</p>
        <button type="button" onClick={() => void b.verifyAgain()} disabled={!rows || rows.length === 0}>Verify again</button>
        <button type="button" class="danger" onClick={() => void b.clear()} disabled={!rows || rows.length === 0}>Delete all backlinks</button>
      </div>
      <p role="status" class="small" data-testid="backlink-status">{b.status.value}</p>
      {b.error.value && <p class="inline-error" role="alert">{b.error.value}</p>}
      <BacklinkImport plan={b.plan.value} open={!rows || rows.length === 0 || b.plan.value !== null} onFile={b.previewFile} onPaste={b.previewPasted} onApply={() => void b.applyImport()} onCancel={b.cancelImport} />
      {rows === null || p === null ? (
        <StateMessage tone="loading" title="Loading backlinks…" />
      ) : rows.length === 0 ? (
        <StateMessage tone="empty" title="No backlinks yet" testId="backlinks-empty"><p>Import an export or paste linking pages above.</p></StateMessage>
      ) : (
        <>
          <p class="summary" data-testid="backlink-summary">
            {formatCount(p.total)} backlinks from {formatCount(p.referringDomains.length)} referring domains; {formatCount(p.verified)} verified
            {b.pending.value > 0 && <>, {formatCount(b.pending.value)} pages still to read</>}; {formatCount(p.missing)} missing or gone.
          </p>
          {p.overOptimised && (
            <p class="warning" role="alert" data-testid="over-optimised">
              Exact-match anchors are {Math.round(p.exactShare * 100)} % of your links, above your {Math.round(b.exactThreshold.value * 100)} % limit: the anchor profile looks over-optimised.
            </p>
          )}
          <div class="charts">
            <BarChart title="Follow, nofollow, sponsored and ugc" testId="rel-chart" bars={REL_BARS.map(([k, label, tone]) => ({ label, value: p.relMix[k], tone }))} />
            <BarChart title="Anchor text" testId="anchor-chart" bars={ANCHOR_BARS.map(([k, label, tone]) => ({ label, value: p.anchorMix[k], tone }))} />
          </div>
          <label class="field threshold">
            <span>Warn when exact-match anchors exceed (%)</span>
            <input type="number" min={0} max={100} value={Math.round(b.exactThreshold.value * 100)} onInput={(e) => (b.exactThreshold.value = Number(e.currentTarget.value) / 100)} />
          </label>
          <SpamTable rows={b.ranked.value} domains={p.referringDomains.slice(0, 20)} />
          <DisavowBuilder
            candidates={b.candidates.value} isChosen={(c) => chosen.has(c.domain)} threshold={b.spamThreshold.value}
            onThreshold={(v) => (b.spamThreshold.value = v)} onToggle={b.toggle} onExport={() => void b.exportDisavow()} chosenCount={chosen.size}
          />
        </>
      )}
    </div>
  );
}
