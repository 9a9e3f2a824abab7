// Fact-base updates: the settings and records the options page, the popup and the background
// share. Light on purpose (no fact data, no validator): the pages import it; the work is done in
// the background (src/background/fact-base-store.ts).
import { storage } from 'wxt/utils/storage';
import { DEFAULT_INTAKE_URL } from '../report/settings';

/**
 * Where the background looks for a newer signed bundle (`<url>.sig` is its signature). Set at
 * build time with WXT_FACTS_UPDATE_URL, else the intake server's `/facts/facts.json`: maintainers
 * run one server for reports and updates (docs/fact-base.md, "Publishing updates").
 */
export const DEFAULT_FACTS_UPDATE_URL: string = import.meta.env.WXT_FACTS_UPDATE_URL || `${DEFAULT_INTAKE_URL}/facts/facts.json`;

export const factsUpdateUrlSetting = storage.defineItem<string>('sync:factsUpdateUrl', { fallback: DEFAULT_FACTS_UPDATE_URL });

/** The fact base in use, as the popup and the options page show it. */
export interface FactBaseInUse {
  version: string;
  checkedThrough: string;
  /** `bundled`: the one built into the extension; `update`: a signed bundle downloaded later. */
  source: 'bundled' | 'update';
  /** For an update: when it was installed (ISO), from where, and the trusted key that signed it. */
  installedAt?: string;
  url?: string;
  keyId?: string;
}

export interface UpdateCheck {
  at: string;
  url: string;
  /** installed: a newer bundle now in use; current: the server has the version in use; refused: see message; unreachable: no answer. */
  outcome: 'installed' | 'current' | 'refused' | 'unreachable';
  message: string;
}

/** The last check and the last refusal, kept for the options page (storage.local: a device's own history). */
export interface UpdateLog {
  lastCheck?: UpdateCheck;
  lastRefusal?: UpdateCheck;
}

export const factsUpdateLogItem = storage.defineItem<UpdateLog>('local:factsUpdateLog', { fallback: {} });
