import { db } from '@/lib/db/instance';
import { send } from '@/lib/messages';
import { loadSettings } from '@/lib/settings/store';
import { createPopupCompose } from '@/lib/state/popup/compose';

// What the popup loads once its links are on screen: storage, messages to the background, compose.
export { db, send };

export function startCompose() {
  const compose = createPopupCompose({ db, loadSettings: async () => (await loadSettings()).settings.outreach, writeClipboard: (t) => navigator.clipboard.writeText(t) });
  compose.start();
  return compose;
}
