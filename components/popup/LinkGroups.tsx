import type { DomainGroup } from '@/lib/scan/summary';
import type { ScannedLink } from '@/lib/schemas/page-scan';
import { RelBadges } from '@/components/common/RelBadges';

export function LinkRow({ link }: { link: ScannedLink }) {
  return (
    <li class="link" data-testid="link-row">
      <span class="anchor">{link.text || <span class="muted">(no anchor text)</span>}</span>
      <a class="url" href={link.url} target="_blank" rel="noopener noreferrer" title={link.url}>
        {link.url}
      </a>
      <span class="flags">
        <RelBadges rel={link.rel} />
        {link.toOwnSite && <span class="badge own">to my site</span>}
        {!link.outbound && <span class="badge count">internal</span>}
        {link.count > 1 && (
          <span class="badge count" title={`Appears ${link.count} times on the page`}>
            ×{link.count}
          </span>
        )}
      </span>
    </li>
  );
}

/** Links in page order, without grouping. */
export function LinkList({ links }: { links: readonly ScannedLink[] }) {
  return (
    <ul class="links" aria-label="Links">
      {links.map((l) => (
        <LinkRow key={l.key} link={l} />
      ))}
    </ul>
  );
}

/** Links grouped by registrable domain, each group headed by its domain and link count. */
export function LinkGroups({ groups }: { groups: readonly DomainGroup[] }) {
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
              <LinkRow key={l.key} link={l} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
