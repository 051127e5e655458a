import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '@/lib/jobs/background';

// The service worker: link checks, badge, alarms. The work lives in lib/jobs.
export default defineBackground(() => {
  startBackground();
});
