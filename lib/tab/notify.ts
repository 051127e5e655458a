import { browser } from 'wxt/browser';

const ICON = '/icon/128.png';

/** Shows a system notification; `id` '' lets the browser choose one. */
export function notify(id: string, title: string, message: string): void {
  void browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL(ICON), title, message });
}
