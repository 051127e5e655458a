import { defineContentScript } from 'wxt/utils/define-content-script';
import { readResults } from '@/lib/serp/read-results';
import { takeSerpTables } from '@/lib/serp/injected-options';

// Injected on demand by the popup on a search results page; reads the results the user sees.
// Whatever main() returns is the injection's result: the SerpRead (or null).
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    return readResults(document, document.URL, takeSerpTables(globalThis as unknown as Record<string, unknown>));
  },
});
