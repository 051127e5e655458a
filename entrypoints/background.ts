import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { HostQueue } from '@/lib/check/host-queue';
import { db } from '@/lib/db/instance';
import { answerDomains, dispatch } from '@/lib/messages';
import { registrableDomain } from '@/lib/url/domain';
import { loadSettings } from '@/lib/settings/store';
import { createBadge } from '@/lib/jobs/badge';
import { startChecks } from '@/lib/jobs/checks';
import { wireMenus } from '@/lib/jobs/menus';
import { wireReminders } from '@/lib/jobs/reminders';
import { startReads } from '@/lib/jobs/reads';

// The service worker only wires: link checks, page reads, the badge, menus and shortcut, reminders (lib/jobs).
export default defineBackground(() => {
  const badge = createBadge({ db, action: browser.action, now: () => Date.now() });
  // One host queue for link checks and page reads: the per-host and global limits hold across both.
  const queue = new HostQueue();
  const handlers = { ...startChecks({ db, badge, queue, settings: async () => (await loadSettings()).settings.checker }), ...startReads(queue) };
  browser.runtime.onMessage.addListener((message: unknown, sender) => dispatch(message, handlers, sender) ?? answerDomains(message, sender, registrableDomain));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' && tab.url) void badge.showPage(tabId, tab.url).catch((e: unknown) => console.warn('Linkscout: badge update failed', e));
  });
  wireMenus(db);
  wireReminders(db);
});
