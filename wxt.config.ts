import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

const scannerContextStub = fileURLToPath(new URL('./lib/build/scanner-context-stub.ts', import.meta.url));

// Manifest and build settings. Permissions are explained in README.md ("Permissions").
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The injected scripts (scanner, highlight, serp results reader) never use their content-script context; swapping in a stub keeps the
    // webextension polyfill out of the bundle that is parsed on every scan.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => ['scanner', 'highlight', 'serp'].includes(e.name))) return;
      config.resolve ??= {};
      const alias = { 'wxt/utils/content-script-context': scannerContextStub };
      config.resolve.alias = Array.isArray(config.resolve.alias)
        ? [...config.resolve.alias, { find: 'wxt/utils/content-script-context', replacement: scannerContextStub }]
        : { ...(config.resolve.alias ?? {}), ...alias };
    },
  },
  manifest: ({ browser }) => ({
    name: 'Linkscout',
    description:
      'On-page link prospecting: outbound links, broken links, contacts and prospects. Runs entirely in your browser.',
    permissions: [
      'activeTab', 'scripting', 'storage', 'alarms', 'contextMenus', 'notifications', 'webRequest',
      // The network guard (lib/guard): Chrome blocks by declarativeNetRequest session rules; Firefox resolves names
      // first (dns) and cancels in a blocking webRequest listener. Chrome parses read pages in an offscreen document.
      ...(browser === 'firefox' ? ['webRequestBlocking', 'dns'] : ['declarativeNetRequestWithHostAccess', 'offscreen']),
    ],
    commands: {
      'save-page': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Save the current page as a prospect' },
    },
    host_permissions: ['<all_urls>'],
    action: { default_title: 'Linkscout: scan this page' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'linkscout@linkscout.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
