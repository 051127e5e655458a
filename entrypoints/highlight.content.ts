import { defineContentScript } from 'wxt/utils/define-content-script';
import { applyHighlights, takeHighlightRequest } from '@/lib/highlight/apply';

// Injected on demand by the popup's Highlight toggle; returns how many links were marked.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    const scope = globalThis as unknown as Record<string, unknown>; // the extension's isolated world
    return applyHighlights(document, takeHighlightRequest(scope), scope);
  },
});
