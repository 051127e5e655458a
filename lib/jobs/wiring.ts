import { browser } from 'wxt/browser';
import { db } from '@/lib/db/instance';
import { domainSummary } from '@/lib/db/prospect-lookups';
import { loadSettings } from '@/lib/settings/store';
import { registrableDomain } from '@/lib/url/domain';
import { dashboardUrl } from '@/lib/tab/pages';
import { captureLink, captureTab, type CaptureResult } from './capture';
import { followUpsToNotify, notificationFor, prospectIdOf } from './followups';

/** The background's periodic alarm (every 5 minutes): follow-up reminders, and pruning old link results. */
export const FOLLOWUP_ALARM = 'linkscout-followups';
const NOTIFIED_KEY = 'notifiedFollowUps';
const MENU_LINK = 'linkscout-save-link';
const MENU_PAGE = 'linkscout-save-page';
const ICON = '/icon/128.png';

function notify(id: string, title: string, message: string): void {
  void browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL(ICON), title, message });
}

function report(result: CaptureResult): void {
  if (result.ok) notify('', result.created ? 'Saved as a prospect' : 'Prospect updated', result.title);
  else notify('', 'Could not save the prospect', result.message);
}

async function notifyDueFollowUps(): Promise<void> {
  const stored = (await browser.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY];
  const notified = (stored && typeof stored === 'object' ? stored : {}) as Record<string, number>;
  for (const p of await followUpsToNotify(db, Date.now(), notified)) {
    const n = notificationFor(p);
    notify(n.id, n.title, n.message);
    notified[p.id] = p.followUpAt ?? 0;
  }
  await browser.storage.local.set({ [NOTIFIED_KEY]: notified });
}

/** Marks the toolbar icon of a tab whose site already has prospects (unless a link check owns the badge). */
async function markKnownDomain(tabId: number, url: string): Promise<void> {
  if (!/^https?:/.test(url)) return;
  const summary = await domainSummary(db, registrableDomain(url));
  if (summary.count === 0) return;
  await browser.action.setBadgeText({ tabId, text: '★' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#0a66c2' });
  await browser.action.setTitle({ tabId, title: `Linkscout: ${summary.count} prospect${summary.count === 1 ? '' : 's'} on this domain, last status ${summary.lastStatus ?? 'unknown'}` });
}

/** Context menus, the save shortcut, follow-up reminders and the known-domain mark. */
export function wireProspectCapture(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_LINK, title: 'Save link target as prospect', contexts: ['link'] });
      browser.contextMenus.create({ id: MENU_PAGE, title: 'Save page as prospect', contexts: ['page'] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void (async () => {
      if (info.menuItemId === MENU_LINK && info.linkUrl) report(await captureLink(db, info.linkUrl, info.selectionText ?? info.linkUrl, Date.now()));
      if (info.menuItemId === MENU_PAGE && tab) report(await captureTab(db, tab, (await loadSettings()).settings));
    })();
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'save-page') return;
    void (async () => {
      const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      report(target ? await captureTab(db, target, (await loadSettings()).settings) : { ok: false, message: 'No tab to save.' });
    })();
  });
  void browser.alarms.create(FOLLOWUP_ALARM, { periodInMinutes: 5, delayInMinutes: 0.1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FOLLOWUP_ALARM) void notifyDueFollowUps().catch((e: unknown) => console.error('Linkscout: follow-up reminders failed', e));
  });
  browser.notifications.onClicked.addListener((id) => {
    const prospectId = prospectIdOf(id);
    if (prospectId) void browser.tabs.create({ url: dashboardUrl(prospectId) });
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' && tab.url) void markKnownDomain(tabId, tab.url).catch((e: unknown) => console.warn('Linkscout: badge update failed', e));
  });
}
