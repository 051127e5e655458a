import { describe, expect, it } from 'vitest';
import { pageSelectionState, setPageSelected, toggleId, withoutIds } from '@/lib/state/dashboard/selection';

describe('row selection', () => {
  it('toggles one id without touching the set it was given', () => {
    const before = new Set(['a']);
    const after = toggleId(before, 'b');
    expect([...after].sort()).toEqual(['a', 'b']);
    expect([...before]).toEqual(['a']);
    expect([...toggleId(after, 'a')]).toEqual(['b']);
  });

  it('selects and clears a page, keeping other pages', () => {
    const other = new Set(['x']);
    const on = setPageSelected(other, ['a', 'b'], true);
    expect([...on].sort()).toEqual(['a', 'b', 'x']);
    expect([...setPageSelected(on, ['a', 'b'], false)]).toEqual(['x']);
  });

  it.each<[string[], string[], 'all' | 'some' | 'none']>([
    [[], ['a', 'b'], 'none'],
    [['x'], ['a', 'b'], 'none'],
    [['a'], ['a', 'b'], 'some'],
    [['a', 'b', 'x'], ['a', 'b'], 'all'],
    [['a'], [], 'none'],
  ])('selection %j on page %j is %s', (selected, page, state) => {
    expect(pageSelectionState(new Set(selected), page)).toBe(state);
  });

  it('forgets deleted ids', () => {
    expect([...withoutIds(new Set(['a', 'b', 'c']), ['b', 'z'])].sort()).toEqual(['a', 'c']);
  });
});
