// Launches the system's Chromium with the built extension, headless unless a display exists.
// Playwright's persistent context is the only way to load an unpacked extension; the new
// headless mode (the default of a full Chromium build) runs extensions.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { PageFindings } from '../../../src/messaging';
import { ensureBuilt } from './build';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** The toolbar badge text of the tab showing `page`, read through the service worker. */
  badgeText(page: Page): Promise<string>;
  /** What the content script found on `page` (the popup's getFindings message, sent from the worker). */
  findings(page: Page): Promise<PageFindings | null>;
  close(): Promise<void>;
}

export async function launchChromium(
  options: { headless?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<ExtensionBrowser> {
  // FACTMARK_CHROME_DIR: an extension built elsewhere (e.g. into a temp dir), so a test run
  // neither rebuilds nor reads the shared .output another run may be using.
  const extensionDir = process.env.FACTMARK_CHROME_DIR ?? ensureBuilt('chrome');
  const profile = mkdtempSync(join(tmpdir(), 'factmark-chromium-'));
  const headless = options.headless ?? !process.env.DISPLAY;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: options.viewport ?? { width: 1200, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-gpu',
      '--disable-dev-shm-usage',
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async badgeText(page) {
      // Without the "tabs" permission the worker cannot match tabs by URL; the page brought
      // to the front is the active tab, and that it can see.
      await page.bringToFront();
      return serviceWorker.evaluate(async () => {
        const api = (globalThis as any).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        if (!tab?.id) throw new Error('no active tab');
        return api.action.getBadgeText({ tabId: tab.id }) as Promise<string>;
      });
    },
    async findings(page) {
      await page.bringToFront();
      return serviceWorker.evaluate(async () => {
        const api = (globalThis as any).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        // The envelope of src/messaging.ts: { factmark: name, data }.
        return api.tabs.sendMessage(tab.id, { factmark: 'getFindings', data: undefined });
      }) as Promise<PageFindings | null>;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
