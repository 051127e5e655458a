import { defineContentScript } from 'wxt/utils/define-content-script';
import { scanPage } from '@/lib/scan/scan-page';
import { takeInjectedOptions } from '@/lib/scan/injected-options';

// Injected on demand (scripting.executeScript); never runs on pages by itself.
// Whatever main() returns is the injection's result: the PageScan as one JSON string, which crosses
// the extension's messaging far faster than the same object cloned field by field.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    return JSON.stringify(scanPage(document, document.URL, takeInjectedOptions(globalThis as unknown as Record<string, unknown>)));
  },
});
