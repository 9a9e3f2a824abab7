// Launches firefox-esr through puppeteer-core (WebDriver BiDi) with the built Firefox add-on
// installed temporarily. Headless unless a display exists.
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ensureBuilt } from './build';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const hasFirefox = (): boolean => existsSync(FIREFOX_PATH);

export async function launchFirefox(): Promise<{ browser: Browser; addonId: string }> {
  const addonDir = ensureBuilt('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: !process.env.DISPLAY,
    extraPrefsFirefox: { 'xpinstall.signatures.required': false },
  });
  const addonId = await browser.installExtension(addonDir);
  return { browser, addonId };
}
