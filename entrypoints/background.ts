import { defineBackground } from 'wxt/utils/define-background';

// The service worker. Link checking, context menus, commands and alarms are wired here;
// the work itself lives in lib/.
export default defineBackground(() => {});
