/** Row selection: a set of prospect ids that survives paging, filtering and live updates. */
export type Selection = ReadonlySet<string>;

export function toggleId(selection: Selection, id: string): Selection {
  const next = new Set(selection);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** Selects or unselects every id of the page, leaving rows of other pages as they were. */
export function setPageSelected(selection: Selection, pageIds: readonly string[], on: boolean): Selection {
  const next = new Set(selection);
  for (const id of pageIds) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** State of the "select all on page" box: checked, mixed (indeterminate) or unchecked. */
export function pageSelectionState(selection: Selection, pageIds: readonly string[]): 'all' | 'some' | 'none' {
  const picked = pageIds.filter((id) => selection.has(id)).length;
  if (picked === 0) return 'none';
  return picked === pageIds.length ? 'all' : 'some';
}

/** Drops ids that no longer exist (deleted here or in another tab). */
export function withoutIds(selection: Selection, gone: Iterable<string>): Selection {
  const next = new Set(selection);
  for (const id of gone) next.delete(id);
  return next;
}
