import { browser } from 'wxt/browser';
import { db } from '@/lib/db/instance';
import { applyMonitorRead, monitorWonProspects, watchWonProspects } from '@/lib/db/monitored-links';
import type { LinkscoutDb } from '@/lib/db/database';
import { handoverDueAtStart } from '@/lib/monitor/handover';
import type { ReadHandler } from './read-runner';

const PREFIX = 'linkscout-monitor:';
const STATE_WORDS: Record<string, string> = {
  changed: 'A won link changed', nofollowed: "A won link was nofollow'd", 'not-indexable': 'A page with a won link is not indexable',
  missing: 'A won link is missing', 'page-gone': 'A page with a won link is gone',
};

/** What the page reader does with a monitoring read: the state machine, history, and a notification when warranted. */
export const monitorReadHandler: ReadHandler = async (job, read) => {
  const applied = await applyMonitorRead(db, job.ref, read, Date.now());
  if (!applied?.transition.notify) return;
  const { link } = applied;
  await browser.notifications.create(`${PREFIX}${link.id}`, {
    type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: `Linkscout: ${STATE_WORDS[link.state] ?? 'A won link changed'}`,
    message: `${link.pageUrl}\n${link.change}`.slice(0, 300),
  });
};

/** When the background last looked for won prospects without a monitored link (extension storage). */
export const HANDOVER_KEY = 'monitorHandoverAt';

/**
 * Won prospects become monitored links: when the background starts, unless it looked less than ten
 * minutes ago (lib/monitor/handover.ts), and whenever a prospect becomes won in any page. Clicking a
 * monitoring notification opens the Monitoring view. Returns the stop of the watch.
 */
export function wireMonitoring(store: LinkscoutDb, wakeReader: () => void, now: () => number = () => Date.now()): () => void {
  // One hand-over at a time: a call while one runs asks for one more run after it.
  let running = false;
  let again = false;
  const sync = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const startedAt = now();
    void monitorWonProspects(store, startedAt)
      .then(async (added) => {
        if (added.length > 0) wakeReader();
        await browser.storage.local.set({ [HANDOVER_KEY]: startedAt });
      })
      .catch((e: unknown) => console.error('Linkscout: monitoring won links failed', e))
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          sync();
        }
      });
  };
  const atStart = async () => {
    const last: unknown = (await browser.storage.local.get(HANDOVER_KEY))[HANDOVER_KEY];
    if (handoverDueAtStart(typeof last === 'number' ? last : null, now())) sync();
  };
  const stop = watchWonProspects(store, (start) => {
    if (!start) sync();
    else void atStart().catch((e: unknown) => console.error('Linkscout: monitoring won links failed', e));
  }, (e) => console.error('Linkscout: watching won prospects failed', e));
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith(PREFIX)) void browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}#monitoring` });
  });
  return stop;
}
