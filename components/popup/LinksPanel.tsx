import { ROW_PAGE, type PopupState } from '@/lib/state/popup-state';
import { LINK_FILTERS, type LinkFilter } from '@/lib/state/link-filter';
import { LinkGroups, LinkList, type RowExtras } from './LinkGroups';
import { CheckBar, type CheckActions } from './CheckBar';
import { StateMessage } from './StateMessage';

const EMPTY_TEXT: Record<LinkFilter, string> = {
  outbound: 'No outbound links on this page: every link stays on this site.',
  internal: 'No internal links on this page.',
  all: 'No links on this page.',
  nofollow: 'No nofollow links on this page.',
  sponsored: 'No sponsored links on this page.',
  ugc: 'No UGC links on this page.',
  own: 'No links to your sites on this page. Add your domains in Settings to spot them.',
};

/** The Links tab: filter, search, grouping, copy, and the list itself. */
export function LinksPanel(props: { state: PopupState; onCopy: (urls: string[]) => void; checkActions: CheckActions; extras: RowExtras }) {
  const { state, onCopy } = props;
  const links = state.visibleLinks.value;
  const searching = state.query.value.trim() !== '';
  return (
    <>
      <div class="toolbar">
        <label class="visually-hidden" for="link-filter">
          Show
        </label>
        <select id="link-filter" value={state.filter.value} onChange={(e) => (state.filter.value = e.currentTarget.value as LinkFilter)}>
          {LINK_FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        <input
          type="search"
          class="search"
          placeholder="Search links"
          aria-label="Search links by URL or anchor text"
          value={state.query.value}
          onInput={(e) => (state.query.value = e.currentTarget.value)}
        />
        <label class="check">
          <input type="checkbox" checked={state.grouped.value} onChange={(e) => (state.grouped.value = e.currentTarget.checked)} />
          By domain
        </label>
        <button type="button" onClick={() => onCopy(links.map((l) => l.url))} disabled={links.length === 0} title="Copy the listed URLs, one per line">
          Copy {links.length}
        </button>
      </div>
      <CheckBar check={state.check} actions={props.checkActions} />
      {(state.scan.value?.omittedLinks ?? 0) > 0 && (
        <p class="notice-bar" role="note">
          This page has {state.scan.value!.links.length + state.scan.value!.omittedLinks} distinct links; the first {state.scan.value!.links.length} are listed and counted above.
        </p>
      )}
      <div class="scroll">
        {links.length === 0 ? (
          <StateMessage tone="info" title="Nothing to list">
            <p>
              {searching
                ? `No links match “${state.query.value.trim()}”.`
                : state.check.classFilter.value !== 'any'
                  ? 'No links with this status in this list.'
                  : EMPTY_TEXT[state.filter.value]}
            </p>
          </StateMessage>
        ) : state.grouped.value ? (
          <LinkGroups groups={state.groups.value} extras={props.extras} />
        ) : (
          <LinkList links={links.slice(0, state.rowLimit.value)} extras={props.extras} />
        )}
        {links.length > state.rowLimit.value && (
          <p class="more">
            <button type="button" onClick={() => (state.rowLimit.value += ROW_PAGE)}>
              Show {Math.min(ROW_PAGE, links.length - state.rowLimit.value)} more ({state.rowLimit.value} of {links.length} shown)
            </button>
          </p>
        )}
      </div>
    </>
  );
}
