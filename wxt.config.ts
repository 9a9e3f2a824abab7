import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

// See README "Permissions" for why each permission is asked for.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // WXT_OUT_DIR: a build of one's own (e.g. `.output-mine`), so that two test runs on one machine
  // never swap the extension under each other's browser. tests/e2e/support/build.ts reads it too.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can follow every name.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    resolve: {
      // WXT's content-script context can be switched off by any page (it listens to a document
      // event the page can fire) and announces the extension id to the page: Factmark's own
      // context replaces it (src/page/lifetime.ts explains).
      alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: resolve(import.meta.dirname, 'src/page/lifetime.ts') }],
    },
    // The fact base is large JSON: JSON.parse of a string is far cheaper for V8 to load than
    // the same data as object literals (it runs on every page the content script starts on).
    json: { stringify: true },
  }),
  manifest: ({ browser }) => ({
    name: 'Factmark',
    description: 'Checks claims about NATO leaders, summits, sanctions and figures as of the article’s date.',
    // alarms: the report queue's retries (src/report/queue.ts) must survive Chrome stopping the
    // MV3 service worker; a setTimeout dies with the worker, an alarm wakes it up again.
    // No host permission for the intake server: it answers CORS for extension origins
    // (docs/reports.md, "Permissions").
    permissions: ['storage', 'activeTab', 'alarms'],
    // A toolbar button even before a popup exists: the badge (problems on the tab) lives on it.
    action: { default_title: 'Factmark' },
    // Firefox: a fixed add-on id (storage needs one, even for a temporary install), and the
    // data-collection declaration AMO asks for: nothing by default; a report the reader chooses
    // to send carries a quote from the page and, if ticked, its address.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'factmark@factmark.dev',
              data_collection_permissions: { required: ['none'], optional: ['websiteContent', 'browsingActivity'] },
            },
          },
        }
      : {}),
  }),
});
