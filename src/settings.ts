// The reader's settings, kept with WXT's typed storage so every part of the extension
// reads the same values and sees changes as they happen.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/** Annotating at all. */
export const enabledSetting = storage.defineItem<boolean>('sync:enabled', { fallback: true });
/** Hostnames (e.g. "example.com") where Factmark stays off. */
export const disabledSitesSetting = storage.defineItem<string[]>('sync:disabledSites', { fallback: [] });
/** Paint only outdated and contradicted annotations. */
export const onlyProblemsSetting = storage.defineItem<boolean>('sync:onlyProblems', { fallback: false });

/** True when Factmark should run on this hostname. */
export function isSiteEnabled(hostname: string, enabled: boolean, disabledSites: string[]): boolean {
  if (!enabled) return false;
  return !disabledSites.some((site) => hostname === site || hostname.endsWith(`.${site}`));
}

export interface ReadingSettings {
  enabled: boolean;
  disabledSites: string[];
  onlyProblems: boolean;
}

const READING_SETTINGS = [enabledSetting, disabledSitesSetting, onlyProblemsSetting] as const;

/**
 * The three settings a page needs, in one storage read. (The content script runs on every
 * page: one read and one listener rather than three of each.)
 */
export async function readReadingSettings(): Promise<ReadingSettings> {
  const [enabled, disabledSites, onlyProblems] = await storage.getItems([...READING_SETTINGS]);
  // One item per key asked for; a missing one reads as its default, like a missing value.
  return { enabled: enabled?.value ?? true, disabledSites: disabledSites?.value ?? [], onlyProblems: onlyProblems?.value ?? false };
}

/** Calls `onChange` with all three settings when any of them changes; returns the unwatch function. */
export function watchReadingSettings(onChange: (settings: ReadingSettings) => void): () => void {
  const keys = new Set(READING_SETTINGS.map((item) => item.key.replace(/^sync:/, '')));
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && Object.keys(changes).some((key) => keys.has(key))) void readReadingSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
