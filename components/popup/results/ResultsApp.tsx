import type { SerpState } from '@/lib/state/popup/serp-state';
import type { SerpController } from '@/lib/state/popup/serp-controller';
import { ResultsView } from './ResultsView';
import { Notice } from '@/components/common/Notice';

/** The popup's frame on a search results page (the page-scan frame is PopupApp). */
export function ResultsApp({ state, actions, now = Date.now() }: { state: SerpState; actions: SerpController; now?: number }) {
  return (
    <main class="popup">
      <header class="popup-header">
        <div class="page">
          <h1>Linkscout</h1>
          <p class="page-title">Search results</p>
        </div>
        <button type="button" onClick={() => void actions.reread()} disabled={state.view.value.phase === 'loading'} title="Read the results again">
          Rescan
        </button>
        <button type="button" onClick={actions.openSettings} title="Settings: selectors for results pages, your domains">
          Settings
        </button>
      </header>
      <ResultsView state={state} actions={actions} now={now} />
      <Notice text={state.notice.value} />
    </main>
  );
}
