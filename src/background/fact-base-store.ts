// The fact base the background judges with: the bundled one, or a newer signed bundle fetched
// from the update address (docs/fact-base.md, "Publishing updates"). Runs only in the background:
// the validator and the signature check never reach the content script.
//
// - A bundle is taken only if its signature verifies with a trusted key, it passes facts:check's
//   validation, and its version is newer than the one in use (src/facts/bundle.ts). Otherwise it is
//   refused, the base in use stays, and the reason is logged and kept for the options page.
// - The accepted bundle's exact bytes and signature are written to storage.local under one key in
//   one write, so a stopped worker leaves either the old update or the new one, never half.
// - At each worker start the stored bundle is verified again (a key removed from the trusted list
//   in a later release stops being trusted) and used only if newer than the bundled base (a store
//   release may bring a newer one).
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { getFacts } from '../facts';
import { checkBundle, compareVersions, MAX_BUNDLE_BYTES, type TrustedKey } from '../facts/bundle';
import meta from '../facts/data/meta.json';
import type { FactIndex } from '../facts/load';
import trustedKeysJson from '../facts/trusted-keys.json';
import { factsUpdateLogItem, factsUpdateUrlSetting, type FactBaseInUse, type UpdateCheck } from '../facts/updates';

const UPDATE_ALARM = 'factmark-facts-update';
const DAY_MINUTES = 24 * 60;

/** The accepted bundle, byte for byte, with where and when it came from. */
interface StoredUpdate {
  text: string;
  signature: string;
  url: string;
  installedAt: string;
  keyId: string;
  version: string;
  checkedThrough: string;
}

const storedUpdateItem = storage.defineItem<StoredUpdate | null>('local:factBaseUpdate', { fallback: null });

/**
 * The keys src/facts/trusted-keys.json lists, plus one a test build adds with
 * WXT_FACTS_EXTRA_PUBLIC_KEY (base64, raw or SPKI). A release build leaves it unset.
 */
function trustedKeys(): TrustedKey[] {
  const keys: TrustedKey[] = trustedKeysJson.map(({ id, publicKey }) => ({ id, publicKey }));
  const extra = import.meta.env.WXT_FACTS_EXTRA_PUBLIC_KEY;
  if (extra) keys.push({ id: 'build-time extra key', publicKey: extra });
  return keys;
}

interface InUse {
  facts: FactIndex;
  info: FactBaseInUse;
}

export interface FactBaseStore {
  /** The fact base to judge with (waits for the stored update to be read on a fresh worker). */
  facts(): Promise<FactIndex>;
  inUse(): Promise<FactBaseInUse>;
  /** Looks for a newer bundle now; one check at a time. */
  checkNow(): Promise<UpdateCheck>;
}

export interface StoreDeps {
  keys?: TrustedKey[];
  fetch?: typeof fetch;
  /** Called after a new base replaced the old one (the background drops its engine). */
  onChange?: () => void;
}

const bundled = (): InUse => {
  const facts = getFacts();
  return { facts, info: { version: facts.base.version, checkedThrough: facts.base.checkedThrough, source: 'bundled' } };
};

async function download(url: string, fetchFn: typeof fetch, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  // no-store: a daily check must see today's file, not the HTTP cache's.
  const response = await fetchFn(url, { cache: 'no-store', credentials: 'omit' });
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  if (Number(response.headers.get('content-length') ?? 0) > limit) throw new RangeError(`${url} is larger than ${limit} bytes`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > limit) throw new RangeError(`${url} is larger than ${limit} bytes`);
  return bytes;
}

export function createFactBaseStore(deps: StoreDeps = {}): FactBaseStore {
  const keys = deps.keys ?? trustedKeys();
  const fetchFn = deps.fetch ?? ((input, init) => fetch(input, init));
  const log = async (check: UpdateCheck) => {
    const previous = await factsUpdateLogItem.getValue();
    await factsUpdateLogItem.setValue({ lastCheck: check, lastRefusal: check.outcome === 'refused' ? check : previous.lastRefusal });
  };

  /** The stored update if it still verifies and is newer than the bundled base; else the bundled base. */
  async function load(): Promise<InUse> {
    const stored = await storedUpdateItem.getValue().catch(() => null);
    if (!stored || compareVersions(stored.version, meta.version) <= 0) return bundled();
    const verdict = await checkBundle(new TextEncoder().encode(stored.text), stored.signature, { keys, validated: true });
    if (verdict.kind !== 'accepted') {
      const reason = verdict.kind === 'refused' ? verdict.reason : 'unexpected';
      console.warn(`Factmark: the stored fact-base update ${stored.version} is no longer usable (${reason}); using the bundled base.`);
      await log({
        at: new Date().toISOString(),
        url: stored.url,
        outcome: 'refused',
        message: `stored update ${stored.version}: ${reason}`,
      });
      return bundled();
    }
    const { facts } = verdict;
    return {
      facts,
      info: {
        version: facts.base.version,
        checkedThrough: facts.base.checkedThrough,
        source: 'update',
        installedAt: stored.installedAt,
        url: stored.url,
        keyId: stored.keyId,
      },
    };
  }

  // Read on first use, not when the worker starts: a worker woken for a report's retry alarm
  // should not parse a fact base (about 0.1 s) it does not need.
  let current: Promise<InUse> | undefined;
  const inUseNow = () => (current ??= load());
  let checking: Promise<UpdateCheck> | undefined;

  async function check(): Promise<UpdateCheck> {
    const url = (await factsUpdateUrlSetting.getValue()).trim();
    const at = new Date().toISOString();
    const inUse = await inUseNow();
    let bytes: Uint8Array<ArrayBuffer>;
    let signature: string;
    try {
      [bytes, signature] = await Promise.all([
        download(url, fetchFn, MAX_BUNDLE_BYTES),
        download(`${url}.sig`, fetchFn, 1024).then((b) => new TextDecoder().decode(b)),
      ]);
    } catch (error) {
      const result: UpdateCheck =
        error instanceof RangeError
          ? { at, url, outcome: 'refused', message: error.message }
          : {
              at,
              url,
              outcome: 'unreachable',
              // fetch says "Failed to fetch" for both: no network, or a server that does not answer CORS for extensions.
              message:
                error instanceof TypeError
                  ? `could not reach ${url} (offline, or the server does not allow extensions to read it)`
                  : (error as Error).message,
            };
      if (result.outcome === 'refused') console.warn(`Factmark: fact-base update refused: ${result.message}`);
      await log(result);
      return result;
    }
    const verdict = await checkBundle(bytes, signature, { keys, inUseVersion: inUse.info.version });
    let result: UpdateCheck;
    if (verdict.kind === 'current') {
      result = { at, url, outcome: 'current', message: `version ${verdict.version} is the one in use` };
    } else if (verdict.kind === 'refused') {
      console.warn(`Factmark: fact-base update from ${url} refused: ${verdict.reason}`);
      result = { at, url, outcome: 'refused', message: verdict.reason };
    } else {
      const { bundle, facts, keyId } = verdict;
      const stored: StoredUpdate = {
        text: new TextDecoder().decode(bytes),
        signature: signature.trim(),
        url,
        installedAt: at,
        keyId,
        version: bundle.version,
        checkedThrough: bundle.checkedThrough,
      };
      // One key, one write: the switch is atomic. Only then does the background use it.
      await storedUpdateItem.setValue(stored);
      current = Promise.resolve({
        facts,
        info: { version: bundle.version, checkedThrough: bundle.checkedThrough, source: 'update', installedAt: at, url, keyId },
      });
      deps.onChange?.();
      result = {
        at,
        url,
        outcome: 'installed',
        message: `version ${bundle.version} (checked through ${bundle.checkedThrough}) is now in use`,
      };
    }
    await log(result);
    return result;
  }

  return {
    facts: async () => (await inUseNow()).facts,
    inUse: async () => (await inUseNow()).info,
    checkNow() {
      checking ??= check().finally(() => (checking = undefined));
      return checking;
    },
  };
}

/**
 * Checks at the browser's start, on install or update, once a day (an alarm, which outlives the
 * MV3 worker), and when a worker starts and the last check is more than a day old.
 */
export function scheduleFactBaseUpdates(store: FactBaseStore): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === UPDATE_ALARM) void store.checkNow();
  });
  browser.runtime.onStartup.addListener(() => void store.checkNow());
  browser.runtime.onInstalled.addListener(() => void store.checkNow());
  void browser.alarms.get(UPDATE_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(UPDATE_ALARM, { delayInMinutes: DAY_MINUTES, periodInMinutes: DAY_MINUTES });
  });
  void factsUpdateLogItem.getValue().then(({ lastCheck }) => {
    if (lastCheck && Date.now() - Date.parse(lastCheck.at) > DAY_MINUTES * 60_000) void store.checkNow();
  });
}
