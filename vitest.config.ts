import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure logic and components in happy-dom, IndexedDB through fake-indexeddb.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // Several tests seed thousands of records or run property checks (about 2 s here, under load): a
    // slower machine must not fail them on vitest's 5 s default. Timings are benchmarks' business.
    testTimeout: 20_000,
  },
});
