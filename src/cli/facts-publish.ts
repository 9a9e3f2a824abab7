// `npm run facts:publish -- --key KEY.pem --out DIR [--version V] [--today YYYY-MM-DD] [--from FILE.json]`
// validates the fact base exactly as facts:check does and writes DIR/facts.json (the whole base
// plus a header, src/facts/bundle.ts) and DIR/facts.json.sig (a detached Ed25519 signature over
// the file's exact bytes, base64). The extension takes the bundle only if the signature verifies
// with a key in src/facts/trusted-keys.json. Exit status 1 when the base has problems, 2 on a
// usage error.
//
// `npm run facts:publish -- --key KEY.pem --print-public-key [--key-id NAME]` prints the entry to
// add to src/facts/trusted-keys.json for that key. See docs/fact-base.md, "Publishing updates".
import { createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { BUNDLE_FORMAT, verifySignature, type Bundle, type TrustedKey } from '../facts/bundle';
import trustedKeys from '../facts/trusted-keys.json';
import { validateFactBase } from '../facts/validate';
import { checkDataFiles, DATA_DIR, formatReport } from './facts-check';

export interface PublishOptions {
  /** The raw fact base (src/facts/data/index.ts's rawFactBase, or a file given with --from). */
  raw: unknown;
  /** PKCS#8 PEM Ed25519 private key. */
  privateKeyPem: string;
  outDir: string;
  /** Overrides the base's own version (meta.json), e.g. to publish a hotfix as 2026.12.01.1. */
  version?: string;
  /** YYYY-MM-DD: the day the base is validated as of and the bundle's `published`. Default today (UTC). */
  today?: string;
}

export type PublishResult =
  | { ok: true; bundlePath: string; signaturePath: string; version: string; checkedThrough: string; bytes: number; report: string }
  | { ok: false; report: string };

/** The public half as src/facts/trusted-keys.json holds it: base64 SPKI DER. */
export function publicKeyBase64(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).toString('base64');
}

function readPrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519')
    throw new Error(`the key is ${key.asymmetricKeyType}, not ed25519 (openssl genpkey -algorithm ed25519)`);
  return key;
}

/** Writes through a temporary file and a rename, so a server serving DIR never serves half a file. */
function writeAtomically(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

export async function publish(options: PublishOptions): Promise<PublishResult> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const raw =
    options.version !== undefined && options.raw && typeof options.raw === 'object'
      ? { ...options.raw, version: options.version }
      : options.raw;
  const report = validateFactBase(raw, { today });
  const text = formatReport(report, today);
  if (report.problems.length > 0) return { ok: false, report: text };
  const base = raw as { version: string; checkedThrough: string };
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    version: base.version,
    checkedThrough: base.checkedThrough,
    published: today,
    factBase: raw,
  };
  const bytes = new TextEncoder().encode(JSON.stringify(bundle));
  const privateKey = readPrivateKey(options.privateKeyPem);
  const signature = sign(null, bytes, privateKey).toString('base64');
  // Verify as the extension will (WebCrypto), so a bundle that leaves here is one it can take.
  const self: TrustedKey = { id: 'publishing key', publicKey: publicKeyBase64(privateKey) };
  if (!(await verifySignature(bytes, signature, [self]))) throw new Error('the signature just made does not verify');
  mkdirSync(options.outDir, { recursive: true });
  const bundlePath = join(options.outDir, 'facts.json');
  const signaturePath = `${bundlePath}.sig`;
  writeAtomically(bundlePath, bytes);
  writeAtomically(signaturePath, `${signature}\n`);
  return {
    ok: true,
    bundlePath,
    signaturePath,
    version: bundle.version,
    checkedThrough: bundle.checkedThrough,
    bytes: bytes.length,
    report: text,
  };
}

const USAGE =
  'Usage: npm run facts:publish -- --key KEY.pem --out DIR [--version V] [--today YYYY-MM-DD] [--from FACTBASE.json]\n' +
  '       npm run facts:publish -- --key KEY.pem --print-public-key [--key-id NAME]';

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        key: { type: 'string' },
        out: { type: 'string' },
        version: { type: 'string' },
        today: { type: 'string' },
        from: { type: 'string' },
        'print-public-key': { type: 'boolean' },
        'key-id': { type: 'string' },
      },
    }));
  } catch (error) {
    process.stderr.write(`facts:publish: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!values.key || (!values.out && !values['print-public-key']) || (values.today && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let privateKeyPem: string;
  let publicKey: string;
  try {
    privateKeyPem = readFileSync(values.key, 'utf8');
    publicKey = publicKeyBase64(readPrivateKey(privateKeyPem));
  } catch (error) {
    process.stderr.write(`facts:publish: cannot read the private key ${values.key}: ${(error as Error).message}\n`);
    return 2;
  }
  if (values['print-public-key']) {
    const id = values['key-id'] ?? `factmark-${new Date().toISOString().slice(0, 7)}`;
    process.stdout.write(`${JSON.stringify({ id, publicKey, added: new Date().toISOString().slice(0, 10) }, null, 2)}\n`);
    return 0;
  }

  let raw: unknown;
  if (values.from) {
    raw = JSON.parse(readFileSync(values.from, 'utf8'));
  } else {
    const files = checkDataFiles(DATA_DIR);
    if (files.problems.length > 0) {
      process.stderr.write(`facts:publish: not published.\n${files.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      return 1;
    }
    ({ rawFactBase: raw } = await import('../facts/data/index'));
  }
  const result = await publish({ raw, privateKeyPem, outDir: resolve(values.out!), version: values.version, today: values.today });
  if (!result.ok) {
    process.stderr.write(`${result.report}\nfacts:publish: not published.\n`);
    return 1;
  }
  process.stdout.write(
    `facts:publish: version ${result.version} (checked through ${result.checkedThrough}), ${result.bytes} bytes\n` +
      `  ${result.bundlePath}\n  ${result.signaturePath}\n`,
  );
  if (!(trustedKeys as TrustedKey[]).some((key) => key.publicKey === publicKey)) {
    process.stderr.write(
      'facts:publish: warning: this key is not in src/facts/trusted-keys.json, so released extensions will refuse the bundle\n' +
        '  (fine for a test build that adds it with WXT_FACTS_EXTRA_PUBLIC_KEY; see docs/fact-base.md).\n',
    );
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`facts:publish: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
