import type { ScannedLink } from '@/lib/schemas/page-scan';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import type { PopupState } from './popup-state';

type SetHighlight = (tabId: number, links: readonly ScannedLink[], on: boolean, verdicts?: ReadonlyMap<string, LinkVerdict>) => Promise<number>;

/** Flips the page's link highlighting; failures are shown, never thrown. */
export async function toggleHighlight(state: PopupState, set: SetHighlight): Promise<void> {
  const view = state.view.value;
  if (view.phase !== 'ready') return;
  const on = !state.highlight.value.on;
  try {
    const marked = await set(view.tabId, view.scan.links, on, state.check.verdicts.value);
    state.highlight.value = { on };
    state.notice.value = on ? `Highlighted ${marked} link${marked === 1 ? '' : 's'} on the page.` : 'Highlighting removed.';
  } catch (error) {
    state.highlight.value = { on: state.highlight.value.on, error: `Highlighting failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
