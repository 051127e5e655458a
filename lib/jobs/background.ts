import { browser } from 'wxt/browser';
import { db } from '@/lib/db/instance';
import { startNetworkGuard } from '@/lib/guard/start-guard';
import { dispatch } from '@/lib/messages';
import { loadSettings } from '@/lib/settings/store';
import { badgeFor, deadLinkCount } from './badge';
import { CheckRunner } from './check-runner';
import { unfinishedJobs } from '@/lib/db/check-jobs';
import { createHandlers } from './handlers';
import { wireProspectCapture } from './wiring';

const RESUME_ALARM = 'linkscout-resume-checks';

/**
 * Wires the background: messages, the check runner, the badge and the alarm that wakes a
 * stopped service worker to finish unfinished checks.
 */
export function startBackground(): void {
  const settings = async () => (await loadSettings()).settings.checker;
  const badgeAt = new Map<string, number>();
  const runner = new CheckRunner({
    db,
    fetch: (input, init) => fetch(input, init),
    // Every check request goes through the network guard: nothing reaches a private network from a public page.
    fetchFor: startNetworkGuard((input, init) => fetch(input, init)),
    now: () => Date.now(),
    settings,
    onProgress: (job) => {
      if (job.tabId === null || job.tabId === undefined) return;
      const last = badgeAt.get(job.id) ?? 0;
      const finished = job.state !== 'running';
      if (!finished && Date.now() - last < 300) return; // at most a few badge updates a second
      badgeAt.set(job.id, Date.now());
      const tabId = job.tabId;
      void deadLinkCount(db, job.id).then(async (dead) => {
        const badge = badgeFor(job, dead);
        await browser.action.setBadgeText({ tabId, text: badge.text });
        await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
        await browser.action.setTitle({ tabId, title: badge.title });
      }).catch((error: unknown) => console.warn('Linkscout: badge update failed', error)); // the tab may have closed
      if (finished) void stopWhenIdle();
    },
    onError: (jobId, message) => console.error(`Linkscout: link check ${jobId} stopped: ${message}`),
  });
  const keepAwake = () => void browser.alarms.create(RESUME_ALARM, { periodInMinutes: 0.5 });
  const stopWhenIdle = async () => {
    if ((await unfinishedJobs(db)).length === 0) await browser.alarms.clear(RESUME_ALARM);
  };
  const tabUrl = async (tabId: number) => (await browser.tabs.get(tabId)).url;
  const handlers = createHandlers({ db, runner, now: () => Date.now(), settings, keepAwake, tabUrl });

  browser.runtime.onMessage.addListener((message: unknown, sender) => dispatch(message, handlers, sender));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RESUME_ALARM) void runner.resume().then(stopWhenIdle);
  });
  browser.runtime.onStartup.addListener(() => void runner.resume());
  wireProspectCapture();
  void runner.resume();
}
