import { browser } from 'wxt/browser';

/** The dashboard's hash for the prospects whose follow-up is due up to today, oldest first. */
export const FOLLOW_UPS_HASH = '#follow-ups';

/** The dashboard's address, optionally opened on one prospect (`#prospect=<id>`). */
export function dashboardUrl(prospectId?: string): string {
  const url = new URL('dashboard.html', browser.runtime.getURL('/'));
  if (prospectId) url.hash = `prospect=${encodeURIComponent(prospectId)}`;
  return url.href;
}
