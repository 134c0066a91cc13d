import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { bundledCorpusAssets } from './lib/node/build/bundled-corpus';

// Chrome MV3 is the primary target; Firefox builds from the same sources.
export default defineConfig({
  imports: false,
  // Benchmarks build extra variants (e.g. with a 10k-article corpus) beside the normal build.
  outDir: process.env.CROSSCHECK_OUT_DIR || '.output',
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Crosscheck',
    description:
      'See how other outlets covered the story you are reading, and which details differ. Runs entirely on your machine.',
    // The reader's corpus lives in IndexedDB, which needs no permission. Feeds: `alarms` polls them;
    // their sites are optional host permissions, requested one site at a time when the reader adds a
    // feed (never granted at install). Chrome extracts fetched articles in an offscreen document
    // (its service worker has no DOM); Firefox's background page has one.
    permissions: ['activeTab', 'scripting', 'contextMenus', 'alarms', ...(browser === 'firefox' ? [] : ['offscreen'])],
    ...(browser === 'firefox' ? { optional_permissions: ['http://*/*', 'https://*/*'] } : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: 'Compare this article' },
    // A shortcut that clicks the toolbar button (the reader can change it in the browser); Chromium 156
    // leaves Alt+Shift+C unset, so the suggestion is Alt+Shift+K. WXT turns
    // `action` into MV2's `browser_action` for the Firefox build, but not the command's name.
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crosscheck@crosscheck.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // The data-collection consent above came to Firefox for Android in 142, to desktop in 140
            // (the ESR that Debian serves).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
    // Test builds only (tests/browser/onboarding.test.ts): an outlet catalogue whose feeds are served
    // on 127.0.0.1 replaces the shipped one on the onboarding page. The shipped build never sets it,
    // so there the override is `undefined` and its code is dropped.
    define: {
      __CROSSCHECK_TEST_OUTLETS__: process.env.CROSSCHECK_TEST_OUTLETS ? JSON.stringify(readFileSync(process.env.CROSSCHECK_TEST_OUTLETS, 'utf8')) : 'undefined',
    },
  }),
  // `npm run zip`: the store packages, and (Firefox) the sources archive AMO reviewers rebuild
  // the add-on from. WXT already leaves out node_modules, test files, the output folder and
  // dot-folders (.wxt, .scratch, .ci); screenshots and the test helpers are not needed to build.
  zip: {
    excludeSources: ['artifacts/**', 'tests/**', '.scratch*/**'],
  },
  hooks: {
    // The corpus is built from the seeds (plus CROSSCHECK_CORPUS files) into a precomputed bundle.
    'build:publicAssets': async (_wxt, files) => {
      files.push(...(await bundledCorpusAssets(process.env.CROSSCHECK_CORPUS)));
    },
  },
});
