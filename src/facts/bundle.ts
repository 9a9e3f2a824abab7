// Signed fact-base bundles: what `npm run facts:publish` writes (src/cli/facts-publish.ts) and
// what the background accepts as an update (src/background/fact-base-store.ts).
//
// A bundle is one JSON file holding the whole raw fact base plus a small header, and a detached
// Ed25519 signature over the file's exact bytes. Both sides use WebCrypto (globalThis.crypto),
// which Node 20, Chromium 137+ and Firefox 129+ all have, so one implementation is tested in Node
// and runs in the browser. Whatever arrives is untrusted until the signature verifies: nothing in
// it is parsed before that.
import type { FactIndex } from './load';
import { loadFactBase } from './load';
import { validateFactBase } from './validate';

export const BUNDLE_FORMAT = 1;

/** The header readable without looking into the fact base; it repeats the base's own version and horizon. */
interface BundleHeader {
  format: typeof BUNDLE_FORMAT;
  version: string;
  checkedThrough: string;
  /** YYYY-MM-DD: the day facts:publish validated it; the bundle is validated again as of this day. */
  published: string;
}

export interface Bundle extends BundleHeader {
  /** The raw fact base, as src/facts/data/index.ts assembles it. */
  factBase: unknown;
}

/** A public key the extension trusts: a name to rotate it by, and the key, base64 (raw 32 bytes or SPKI DER). */
export interface TrustedKey {
  id: string;
  publicKey: string;
}

/** Largest bundle the background will read; the whole fact base is about 0.5 MB. */
export const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;

const base64ToBytes = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text.trim()), (ch) => ch.charCodeAt(0));

/**
 * Versions compare by their runs of digits, left to right ("2026.12.01" < "2026.12.01.1" <
 * "2026.12.2"); a version that is a prefix of another is older. Non-numeric parts are ignored,
 * so maintainers should keep to the dated form meta.json uses.
 */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string) => (version.match(/\d+/g) ?? []).map(Number);
  const [left, right] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

async function importKey(key: TrustedKey): Promise<CryptoKey | undefined> {
  try {
    const bytes = base64ToBytes(key.publicKey);
    // 32 bytes: the raw key; anything else is read as SPKI DER (44 bytes for Ed25519), what `openssl pkey -pubout` prints.
    return await crypto.subtle.importKey(bytes.length === 32 ? 'raw' : 'spki', bytes, { name: 'Ed25519' }, false, ['verify']);
  } catch {
    return undefined;
  }
}

/** The trusted key whose signature `signature` (base64) is over `bytes`, or undefined. */
export async function verifySignature(
  bytes: Uint8Array<ArrayBuffer>,
  signature: string,
  keys: readonly TrustedKey[],
): Promise<TrustedKey | undefined> {
  let signatureBytes: Uint8Array<ArrayBuffer>;
  try {
    signatureBytes = base64ToBytes(signature);
  } catch {
    return undefined;
  }
  if (signatureBytes.length !== 64) return undefined;
  for (const key of keys) {
    const cryptoKey = await importKey(key);
    // A browser that cannot verify Ed25519 throws: that is "not verified", never "verified".
    const verified = cryptoKey && (await crypto.subtle.verify({ name: 'Ed25519' }, cryptoKey, signatureBytes, bytes).catch(() => false));
    if (verified) return key;
  }
  return undefined;
}

const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The header and base of a parsed bundle, or why it is not one. */
function readBundle(value: unknown): Bundle | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'the bundle is not a JSON object';
  const bundle = value as Partial<Bundle>;
  if (bundle.format !== BUNDLE_FORMAT)
    return `unknown bundle format ${JSON.stringify(bundle.format)} (this extension reads ${BUNDLE_FORMAT})`;
  if (typeof bundle.version !== 'string' || !bundle.version) return 'the bundle has no version';
  if (!isDay(bundle.checkedThrough)) return 'the bundle has no checkedThrough day';
  if (!isDay(bundle.published)) return 'the bundle has no published day';
  const base = bundle.factBase as { version?: unknown; checkedThrough?: unknown } | undefined;
  if (!base || typeof base !== 'object') return 'the bundle holds no fact base';
  if (base.version !== bundle.version || base.checkedThrough !== bundle.checkedThrough) {
    return 'the header’s version or checkedThrough differs from the fact base’s own';
  }
  return bundle as Bundle;
}

export type BundleVerdict =
  | { kind: 'accepted'; bundle: Bundle; facts: FactIndex; keyId: string }
  /** A good bundle of the version already in use: nothing to do, and nothing wrong. */
  | { kind: 'current'; version: string }
  | { kind: 'refused'; reason: string };

export interface CheckOptions {
  keys: readonly TrustedKey[];
  /** The version in use; only a newer one is accepted. Omitted: any version (start-up, re-reading a stored bundle). */
  inUseVersion?: string;
  /** Skip facts:check's full validation (a stored bundle was validated when it was accepted). */
  validated?: boolean;
}

/**
 * Decides whether a downloaded bundle may replace the fact base in use. In order, cheapest and
 * safest first: size, signature over the exact bytes (before anything is parsed), JSON and header,
 * version newer than the one in use, then the same validation as `npm run facts:check` (as of the
 * day it was published, so a bundle that passed then passes now), and finally the loader.
 */
export async function checkBundle(bytes: Uint8Array<ArrayBuffer>, signature: string, options: CheckOptions): Promise<BundleVerdict> {
  const refuse = (reason: string): BundleVerdict => ({ kind: 'refused', reason });
  if (bytes.length > MAX_BUNDLE_BYTES) return refuse(`the bundle is larger than ${MAX_BUNDLE_BYTES} bytes`);
  const key = await verifySignature(bytes, signature, options.keys);
  if (!key)
    return refuse(
      'the signature does not verify with any trusted key (the file was changed or cut short, or signed with a key this extension does not trust)',
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return refuse('the bundle is not valid JSON');
  }
  const bundle = readBundle(parsed);
  if (typeof bundle === 'string') return refuse(bundle);
  if (options.inUseVersion !== undefined) {
    const order = compareVersions(bundle.version, options.inUseVersion);
    if (order === 0) return { kind: 'current', version: bundle.version };
    if (order < 0) return refuse(`version ${bundle.version} is older than ${options.inUseVersion}, the one in use`);
  }
  if (!options.validated) {
    const report = validateFactBase(bundle.factBase, { today: bundle.published });
    if (report.problems.length > 0) {
      const shown = report.problems.slice(0, 3).join('; ');
      return refuse(`the fact base fails validation (${report.problems.length} problem(s)): ${shown}`);
    }
  }
  try {
    return { kind: 'accepted', bundle, facts: loadFactBase(bundle.factBase), keyId: key.id };
  } catch (error) {
    return refuse(`the fact base cannot be loaded: ${(error as Error).message}`);
  }
}
