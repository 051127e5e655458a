import type { DomainGroup } from '@/lib/scan/summary';
import type { ScannedLink } from '@/lib/schemas/page-scan';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { RelBadges } from '@/components/common/RelBadges';
import { VerdictBadge, VerdictDetails } from './VerdictDetails';

/** Verdicts by link key, and how to re-check one link. */
export interface RowExtras {
  verdicts: ReadonlyMap<string, LinkVerdict>;
  onRecheck: (link: ScannedLink) => void;
  onScrollTo: (link: ScannedLink) => void;
}

export function LinkRow({ link, extras }: { link: ScannedLink; extras: RowExtras }) {
  const verdict = extras.verdicts.get(link.key);
  return (
    <li class="link" data-testid="link-row">
      <span class="anchor">{link.text || <span class="muted">(no anchor text)</span>}</span>
      <a class="url" href={link.url} target="_blank" rel="noopener noreferrer" title={link.url}>
        {link.url}
      </a>
      <span class="flags">
        {verdict && <VerdictBadge verdict={verdict} />}
        <RelBadges rel={link.rel} />
        {link.share && <span class="badge count" title="A share or intent button: not a link the site gives">share</span>}
        {link.affiliate && (
          <span class="badge sponsored" title={link.rel.includes('sponsored') ? 'An affiliate link, marked sponsored' : 'An affiliate link without rel=sponsored'}>
            affiliate
          </span>
        )}
        {link.toOwnSite && <span class="badge own">to my site</span>}
        {!link.outbound && <span class="badge count">internal</span>}
        {link.count > 1 && (
          <span class="badge count" title={`Appears ${link.count} times on the page`}>
            ×{link.count}
          </span>
        )}
        <button type="button" class="link-action" onClick={() => extras.onScrollTo(link)} aria-label={`Scroll to “${link.text || link.url}” on the page`} title="Scroll the page to this link and flash it">
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" stroke-width="1.5" />
            <path d="M8 0v4M8 12v4M0 8h4M12 8h4" stroke="currentColor" stroke-width="1.5" />
          </svg>
        </button>
      </span>
      {verdict && <VerdictDetails link={link} verdict={verdict} onRecheck={() => extras.onRecheck(link)} />}
    </li>
  );
}

/** Links in page order, without grouping. */
export function LinkList({ links, extras }: { links: readonly ScannedLink[]; extras: RowExtras }) {
  return (
    <ul class="links" aria-label="Links">
      {links.map((l) => (
        <LinkRow key={l.key} link={l} extras={extras} />
      ))}
    </ul>
  );
}

/** Links grouped by registrable domain, each group headed by its domain and link count. */
export function LinkGroups({ groups, extras }: { groups: readonly DomainGroup[]; extras: RowExtras }) {
  return (
    <ul class="groups" aria-label="Links grouped by domain">
      {groups.map((g) => (
        <li class="group" key={g.domain} data-testid="domain-group" data-domain={g.domain}>
          <h2>
            <span class="mono">{g.domain}</span>
            <span class="badge count" aria-label={`${g.occurrences} links`}>
              {g.occurrences}
            </span>
          </h2>
          <ul class="links">
            {g.links.map((l) => (
              <LinkRow key={l.key} link={l} extras={extras} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
