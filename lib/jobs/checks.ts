import { browser } from 'wxt/browser';
import type { LinkscoutDb } from '@/lib/db/database';
import { unfinishedJobs } from '@/lib/db/check-jobs';
import type { CheckerSettings } from '@/lib/schemas/settings';
import type { Badge } from './badge';
import { startNetworkGuard } from '@/lib/guard/start-guard';
import type { HostQueue } from '@/lib/check/host-queue';
import { CheckRunner } from './check-runner';
import { wireCheckUpkeep } from './check-upkeep';
import { createHandlers, type CheckHandlers } from './handlers';
import { browserNetwork } from './network-status';
import { observeBlocked, type ErrorEvents } from './blocked-observer';

const RESUME_ALARM = 'linkscout-resume-checks';

/**
 * Link checks in the background: the runner, the badge it feeds, and the alarm that wakes a
 * stopped service worker to finish unfinished checks. Returns the message handlers.
 */
export function startChecks(deps: { db: LinkscoutDb; badge: Badge; settings: () => Promise<CheckerSettings>; queue?: HostQueue }): CheckHandlers {
  const { db, settings } = deps;
  const stopWhenIdle = async () => {
    if ((await unfinishedJobs(db)).length === 0) await browser.alarms.clear(RESUME_ALARM);
  };
  // Absent without the webRequest permission; then a blocked request fails like any network error.
  const observed = observeBlocked((input, init) => fetch(input, init), browser.webRequest as ErrorEvents | undefined);
  const runner = new CheckRunner({
    db,
    fetch: observed,
    // Every check request goes through the network guard: nothing reaches a private network from a public page.
    fetchFor: startNetworkGuard(observed),
    now: () => Date.now(),
    settings,
    queue: deps.queue,
    network: browserNetwork(),
    onProgress: (job) => {
      deps.badge.showCheck(job);
      if (job.state !== 'running') void stopWhenIdle();
    },
    onError: (jobId, message) => console.error(`Linkscout: link check ${jobId} stopped: ${message}`),
  });
  const keepAwake = () => void browser.alarms.create(RESUME_ALARM, { periodInMinutes: 0.5 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RESUME_ALARM) void runner.resume().then(stopWhenIdle);
  });
  browser.runtime.onStartup.addListener(() => void runner.resume());
  wireCheckUpkeep(db, settings);
  void runner.resume();
  const tabUrl = async (tabId: number) => (await browser.tabs.get(tabId)).url;
  return createHandlers({ db, runner, now: () => Date.now(), settings, keepAwake, tabUrl });
}
