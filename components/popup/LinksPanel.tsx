import type { ComponentChildren } from 'preact';
import type { DomainGroup } from '@/lib/scan/summary';
import type { ScannedLink } from '@/lib/schemas/page-scan';
import { LINK_FILTERS, type LinkFilter } from '@/lib/state/popup/link-filter';
import { ROW_PAGE } from '@/lib/state/popup/state';
import { StateMessage } from '@/components/common/StateMessage';
import { LinkGroups, LinkList, type RowExtras } from './LinkGroups';

const EMPTY_TEXT: Record<LinkFilter, string> = {
  content: 'No outbound links on this page in its main text. "All outbound" also lists navigation, sidebar and footer links.',
  outbound: 'No outbound links on this page: every link stays on this site.',
  internal: 'No internal links on this page.',
  all: 'No links on this page.',
  nofollow: 'No nofollow links on this page.',
  sponsored: 'No sponsored links on this page.',
  ugc: 'No UGC links on this page.',
  affiliate: 'No affiliate links recognised on this page.',
  share: 'No share buttons on this page.',
  own: 'No links to your sites on this page. Add your domains in Settings to spot them.',
};

export interface LinksPanelProps {
  /** The links that pass the filter, the search and the status filter. */
  links: readonly ScannedLink[];
  groups: readonly DomainGroup[];
  filter: LinkFilter;
  query: string;
  grouped: boolean;
  rowLimit: number;
  /** Set when the status filter narrows the list (changes the empty text). */
  statusFiltered: boolean;
  /** Distinct links on the page beyond those listed (a very long page), 0 when all are listed. */
  omitted: number;
  /** Distinct links listed by the scan. */
  listed: number;
  /** What the scan left out to stay bounded, in words. */
  skipped: readonly string[];
  extras: RowExtras;
  onFilter: (filter: LinkFilter) => void;
  onQuery: (query: string) => void;
  onGrouped: (on: boolean) => void;
  /** Worst verdicts first instead of page order. */
  brokenFirst: boolean;
  onBrokenFirst: (on: boolean) => void;
  /** Whether any verdict is known (the order means nothing before a check). */
  checked: boolean;
  onShowMore: () => void;
  onCopy: (urls: string[]) => void;
  /** The check bar, shown between the toolbar and the list. */
  children?: ComponentChildren;
}

/** The Links tab: filter, search, grouping, copy, and the list itself. */
export function LinksPanel(props: LinksPanelProps) {
  const { links, query, rowLimit } = props;
  const searching = query.trim() !== '';
  return (
    <>
      <div class="toolbar">
        <label class="visually-hidden" for="link-filter">
          Show
        </label>
        <select id="link-filter" value={props.filter} onChange={(e) => props.onFilter(e.currentTarget.value as LinkFilter)}>
          {LINK_FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        <input type="search" class="search" placeholder="Find" aria-label="Search links by URL or anchor text" value={query} onInput={(e) => props.onQuery(e.currentTarget.value)} />
        <label class="check">
          <input type="checkbox" checked={props.grouped} onChange={(e) => props.onGrouped(e.currentTarget.checked)} />
          By domain
        </label>
        <label class="check" title={props.checked ? 'Broken and failing links at the top' : 'Check links first to order them by status'}>
          <input type="checkbox" checked={props.brokenFirst} disabled={!props.checked} onChange={(e) => props.onBrokenFirst(e.currentTarget.checked)} />
          Broken first
        </label>
        <button type="button" onClick={() => props.onCopy(links.map((l) => l.url))} disabled={links.length === 0} title="Copy the listed URLs, one per line">
          Copy {links.length} {links.length === 1 ? 'URL' : 'URLs'}
        </button>
      </div>
      {props.children}
      {props.omitted > 0 && (
        <p class="notice-bar" role="note">
          This page has {props.listed + props.omitted} distinct links; the first {props.listed} are listed and counted above.
        </p>
      )}
      {props.skipped.map((s) => (
        <p class="notice-bar" role="note" key={s}>
          {s}
        </p>
      ))}
      <div class="scroll">
        {links.length === 0 ? (
          <StateMessage tone="info" title="Nothing to list">
            <p>{searching ? `No links match “${query.trim()}”.` : props.statusFiltered ? 'No links with this status in this list.' : EMPTY_TEXT[props.filter]}</p>
          </StateMessage>
        ) : props.grouped ? (
          <LinkGroups groups={props.groups} extras={props.extras} />
        ) : (
          <LinkList links={links.slice(0, rowLimit)} extras={props.extras} />
        )}
        {links.length > rowLimit && (
          <p class="more">
            <button type="button" onClick={props.onShowMore}>
              Show {Math.min(ROW_PAGE, links.length - rowLimit)} more ({rowLimit} of {links.length} shown)
            </button>
          </p>
        )}
      </div>
    </>
  );
}
