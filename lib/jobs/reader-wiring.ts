import { browser } from 'wxt/browser';
import { db } from '@/lib/db/instance';
import { dueReadJobs, nextReadDue, unhandledReads } from '@/lib/db/read-jobs';
import { startNetworkGuard } from '@/lib/guard/start-guard';
import { loadSettings } from '@/lib/settings/store';
import { pageParser } from './parse-host';
import { ReadRunner, type ReadHandler, type ReadOwner } from './read-runner';
import type { HostQueue } from '@/lib/check/host-queue';
import type { ReadPurpose } from '@/lib/db/read-records';

export const READS_ALARM = 'linkscout-reads';
/** Chrome does not fire alarms sooner than this. */
const MIN_ALARM_MS = 30_000;

/**
 * The page reader in the background: one runner, woken by its alarm, by the browser starting and
 * by a `resume-reads` message. While reads are due the alarm fires every 30 s, so a stopped
 * worker comes back to finish them; otherwise it is set for the next scheduled read.
 */
export function startReader(queue: HostQueue, handlers: Partial<Record<ReadPurpose, ReadHandler | ReadOwner>>): { wake: () => void } {
  // Page reads go through the network guard like link checks. A read page is its own context (as in readPage's
  // rules): a page you chose on your network may be read, a public one may not lead into it.
  const guarded = startNetworkGuard((input, init) => fetch(input, init));
  const readFetch: typeof fetch = async (input, init) => {
    const pageUrl = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return guarded({ pageUrl, allowPrivate: (await loadSettings()).settings.checker.allowPrivateNetwork })(input, init);
  };
  const runner = new ReadRunner({
    db, fetch: readFetch, now: () => Date.now(), queue,
    settings: async () => (await loadSettings()).settings,
    parse: pageParser(), handlers,
    onError: (message) => console.error(`Linkscout: ${message}`),
  });
  const schedule = async () => {
    const now = Date.now();
    const busy = (await dueReadJobs(db, now, 1)).length > 0 || (await unhandledReads(db)).length > 0;
    const next = busy ? now : await nextReadDue(db);
    if (next === null) await browser.alarms.clear(READS_ALARM);
    else await browser.alarms.create(READS_ALARM, { when: Math.max(next, now + MIN_ALARM_MS), periodInMinutes: busy ? 0.5 : undefined });
  };
  const wake = () => {
    void schedule()
      .then(() => runner.resume())
      .then(schedule)
      .catch((e: unknown) => console.error('Linkscout: page reads stopped', e));
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === READS_ALARM) wake();
  });
  browser.runtime.onStartup.addListener(wake);
  wake();
  return { wake };
}
