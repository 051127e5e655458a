import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import type { ScannedLink } from '@/lib/schemas/page-scan';
import { CLASS_LABELS } from '@/lib/state/popup/check-filter';
import { ageText } from './verdict-age';
import { DEAD_CLASSES } from '@/lib/schemas/dead-classes';

export function VerdictBadge({ verdict }: { verdict: LinkVerdict }) {
  return (
    <span class={`badge verdict ${verdict.class}`} data-testid="verdict" data-class={verdict.class} title={`${verdict.reason} — checked ${ageText(verdict.checkedAt, Date.now())}`}>
      {CLASS_LABELS[verdict.class]}
      {verdict.httpStatus !== null && ` ${verdict.httpStatus}`}
    </span>
  );
}

/** What a marketer needs to pitch a replacement for a dead link. Wayback is a plain link: nothing is requested for them. */
function BrokenLinkCard({ link }: { link: ScannedLink }) {
  return (
    <div class="blb-card" data-testid="blb-card">
      <strong>Broken-link opportunity</strong>
      <dl>
        <dt>Anchor</dt>
        <dd>{link.text || '(no anchor text)'}</dd>
        <dt>Context</dt>
        <dd>{link.context || '—'}</dd>
        <dt>Position</dt>
        <dd>{link.position}</dd>
      </dl>
      <a href={`https://web.archive.org/web/*/${link.url}`} target="_blank" rel="noopener noreferrer">
        See what it was on the Wayback Machine
      </a>
    </div>
  );
}

/** The evidence behind a verdict: why, each request, each hop; and a re-check. */
export function VerdictDetails({ link, verdict, onRecheck }: { link: ScannedLink; verdict: LinkVerdict; onRecheck: () => void }) {
  return (
    <details class="evidence">
      <summary>Why “{CLASS_LABELS[verdict.class]}”?</summary>
      <p>{verdict.reason}</p>
      {verdict.hops.length > 0 && (
        <ol class="hops" aria-label="Redirect hops">
          {verdict.hops.map((h, i) => (
            <li key={i} class="mono">
              {h.via === 'meta-refresh' ? 'meta refresh' : h.status === 0 ? 'redirect (hops hidden by the browser)' : h.status} → {h.to}
            </li>
          ))}
        </ol>
      )}
      {verdict.requests.length > 0 && (
        <ul class="requests" aria-label="Requests made">
          {verdict.requests.map((r, i) => (
            <li key={i} class="mono">
              {r.method} {r.status ?? r.error ?? '—'} · {Math.round(r.durationMs)} ms · {r.url}
              {Object.entries(r.headers).map(([k, v]) => ` · ${k}: ${v}`).join('')}
            </li>
          ))}
        </ul>
      )}
      {verdict.finalUrl && verdict.finalUrl !== link.key && <p class="mono">Ends at {verdict.finalUrl}</p>}
      <p class="muted" data-testid="checked-at">
        Checked {ageText(verdict.checkedAt, Date.now())} ({new Date(verdict.checkedAt).toLocaleString()})
      </p>
      {DEAD_CLASSES.has(verdict.class) && <BrokenLinkCard link={link} />}
      <button type="button" onClick={onRecheck}>
        Re-check this link
      </button>
    </details>
  );
}
