import { browser } from 'wxt/browser';
import type { LinkscoutDb } from '@/lib/db/database';
import { loadSettings } from '@/lib/settings/store';
import { notify } from '@/lib/tab/notify';
import { captureLink, captureTab, type CaptureResult } from './capture';

const MENU_LINK = 'linkscout-save-link';
const MENU_PAGE = 'linkscout-save-page';
/** The keyboard command declared in wxt.config.ts. */
const SAVE_COMMAND = 'save-page';

function report(result: CaptureResult): void {
  if (result.ok) notify('', result.created ? 'Saved as a prospect' : 'Prospect updated', result.title);
  else notify('', 'Could not save the prospect', result.message);
}

/** The context menus (save a link's target, save the page) and the "save page" shortcut. */
export function wireMenus(db: LinkscoutDb): void {
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
    if (command !== SAVE_COMMAND) return;
    void (async () => {
      const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      report(target ? await captureTab(db, target, (await loadSettings()).settings) : { ok: false, message: 'No tab to save.' });
    })();
  });
}
