// The reader's settings, kept with WXT's typed storage so every part of the extension
// reads the same values and sees changes as they happen.
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
