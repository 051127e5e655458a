import { batch } from '@preact/signals';
import type { PageScan } from '@/lib/schemas/page-scan';
import { errorText } from '@/lib/text/error-text';
import type { PopupDeps } from './actions';
import { scanPhase } from './scan-phase';
import type { PopupState } from './state';

type RescanDeps = Pick<PopupDeps, 'scan' | 'validate' | 'domains' | 'afterPaint' | 'db' | 'resume'>;

/**
 * The popup's scan in the order the user sees it: the list first (scan, registrable domains),
 * then what can wait for it to be on screen (the scan's full check, storage). Returns `rescan`.
 */
export function createRescan(state: PopupState, deps: RescanDeps): () => Promise<void> {
  let stopWatching: () => void = () => undefined;
  const checks = state.check;
  const ready = () => (state.view.value.phase === 'ready' ? state.view.value : null);

  /** Scans, looks up the links' registrable domains, and shows the list. Returns the page's own registrable domain. */
  async function showScan(): Promise<string> {
    try {
      const result = await deps.scan();
      if (!result.ok) {
        state.view.value = scanPhase(result);
        return '';
      }
      const hosts = Array.from(new Set(result.scan.links.map((l) => l.host)));
      const [site = '', ...domains] = await deps.domains([result.scan.url, ...hosts]);
      batch(() => {
        state.domains.value = new Map(hosts.map((h, i) => [h, domains[i] ?? h]));
        state.view.value = scanPhase(result);
      });
      return site;
    } catch (error) {
      state.view.value = { phase: 'error', message: `The page could not be scanned: ${errorText(error)}` };
      return '';
    }
  }

  /**
   * Everything after the list is on screen: the full check of the scan, then storage (verdicts,
   * the saved prospect, an unfinished check). Loaded here so the popup shows its links first.
   */
  async function afterList(view: { scan: PageScan; tabId: number }, site: string): Promise<void> {
    await deps.afterPaint();
    if (state.view.value !== view) return;
    const checked = await deps.validate(view.scan, view.tabId);
    if (state.view.value !== view) return;
    if (!checked.ok) {
      state.view.value = scanPhase(checked);
      return;
    }
    const [{ watchPopup }, { unfinishedJobCount }, db] = await Promise.all([import('./live'), import('@/lib/db/check-jobs'), deps.db()]);
    if (state.view.value !== view) return;
    stopWatching = watchPopup(state, db, { pageUrl: view.scan.url, site, keys: view.scan.links.map((l) => l.key) });
    try {
      if ((await unfinishedJobCount(db)) > 0) await deps.resume();
    } catch (error) {
      checks.error.value = `Could not resume the unfinished check: ${errorText(error)}`;
    }
  }

  async function rescan(): Promise<void> {
    stopWatching();
    stopWatching = () => undefined;
    state.view.value = { phase: 'loading' };
    const site = await showScan();
    const view = ready();
    if (!view) return;
    try {
      await afterList(view, site);
    } catch (error) {
      checks.error.value = `Reading saved results failed: ${errorText(error)}`;
    }
  }

  return rescan;
}
