// Signed fact-base bundles: `facts:publish` writes what the background accepts, and every kind
// of bad bundle is refused with its reason. Real keys (node:crypto), real WebCrypto verification,
// the real fact base.
import { describe, expect, it, beforeAll } from 'vitest';
import { generateKeyPairSync, verify, type KeyObject } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBundle, compareVersions, type TrustedKey } from '../../../src/facts/bundle';
import { rawFactBase } from '../../../src/facts/data';
import { withLaterRutte } from '../../support/fact-base-variants';
import { getFacts } from '../../../src/facts';
import { publish, publicKeyBase64 } from '../../../src/cli/facts-publish';

const BUNDLED = getFacts().base.version;
const newKey = () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  return {
    privateKey,
    pem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    trusted: (id: string): TrustedKey => ({ id, publicKey: publicKeyBase64(privateKey) }),
  };
};
const read = (dir: string) => ({
  bytes: new Uint8Array(readFileSync(join(dir, 'facts.json'))),
  signature: readFileSync(join(dir, 'facts.json.sig'), 'utf8'),
});

let key: ReturnType<typeof newKey>;
let dir: string;
beforeAll(async () => {
  key = newKey();
  dir = mkdtempSync(join(tmpdir(), 'factmark-bundle-'));
  const result = await publish({ raw: withLaterRutte(), privateKeyPem: key.pem, outDir: dir, version: '2099.01.01', today: '2026-12-01' });
  expect(result.ok).toBe(true);
});

describe('publish and verify', () => {
  it('writes the whole fact base with its header, and a base64 Ed25519 signature over the exact bytes', () => {
    const { bytes, signature } = read(dir);
    expect(signature).toMatch(/^[A-Za-z0-9+/]{86}==\n$/);
    // node:crypto, independently of the WebCrypto code under test.
    expect(verify(null, bytes, key.privateKey as unknown as KeyObject, Buffer.from(signature, 'base64'))).toBe(true);
    const bundle = JSON.parse(new TextDecoder().decode(bytes));
    expect(bundle).toMatchObject({
      format: 1,
      version: '2099.01.01',
      checkedThrough: getFacts().base.checkedThrough,
      published: '2026-12-01',
    });
    expect(bundle.factBase.version).toBe('2099.01.01');
    expect(bundle.factBase.offices).toHaveLength(getFacts().base.offices.length);
  });

  it('a bundle signed by a trusted key and newer than the one in use is accepted, with the changed holder', async () => {
    const { bytes, signature } = read(dir);
    const verdict = await checkBundle(bytes, signature, {
      keys: [newKey().trusted('other'), key.trusted('maintainer')],
      inUseVersion: BUNDLED,
    });
    expect(verdict.kind).toBe('accepted');
    if (verdict.kind !== 'accepted') return;
    expect(verdict.keyId).toBe('maintainer');
    expect(verdict.facts.base.version).toBe('2099.01.01');
    expect(verdict.facts.offices.get('nato-secretary-general')!.holders.find((h) => h.person === 'mark-rutte')!.start).toBe('2025-10-01');
  });

  it('refuses a changed byte, a cut-short file, an unknown key and a bad signature, before parsing anything', async () => {
    const { bytes, signature } = read(dir);
    const keys = [key.trusted('maintainer')];
    const tampered = bytes.slice();
    const at = new TextDecoder().decode(bytes).indexOf('"2025-10-01"') + 4;
    tampered[at] = '4'.charCodeAt(0); // 2025 -> 2024: still valid JSON, a different fact
    const cases: Array<[string, Uint8Array<ArrayBuffer>, string, readonly TrustedKey[]]> = [
      ['tampered', tampered, signature, keys],
      ['truncated', bytes.slice(0, bytes.length - 100), signature, keys],
      ['unknown key', bytes, signature, [newKey().trusted('stranger')]],
      ['no keys', bytes, signature, []],
      ['garbage signature', bytes, 'not base64 at all!', keys],
      ['short signature', bytes, 'AAAA', keys],
    ];
    for (const [name, candidate, sig, trusted] of cases) {
      const verdict = await checkBundle(candidate, sig, { keys: trusted, inUseVersion: BUNDLED });
      expect(verdict, name).toEqual({
        kind: 'refused',
        reason: expect.stringMatching(/^the signature does not verify with any trusted key/),
      });
    }
  });

  it('refuses an older version and calls the same version current', async () => {
    const older = mkdtempSync(join(tmpdir(), 'factmark-bundle-'));
    await publish({ raw: rawFactBase, privateKeyPem: key.pem, outDir: older, version: '2020.01.01', today: '2026-12-01' });
    const keys = [key.trusted('maintainer')];
    const { bytes, signature } = read(older);
    expect(await checkBundle(bytes, signature, { keys, inUseVersion: BUNDLED })).toEqual({
      kind: 'refused',
      reason: `version 2020.01.01 is older than ${BUNDLED}, the one in use`,
    });
    const same = read(dir);
    expect(await checkBundle(same.bytes, same.signature, { keys, inUseVersion: '2099.01.01' })).toEqual({
      kind: 'current',
      version: '2099.01.01',
    });
  });

  it('refuses a correctly signed bundle whose fact base fails facts:check, and publish refuses to write one', async () => {
    const broken = structuredClone(rawFactBase) as { version: string; people: Array<{ sources: unknown[] }> };
    broken.version = '2099.02.01';
    const [first] = broken.people;
    if (!first) throw new Error('the fact base has no people');
    first.sources = [];
    const out = mkdtempSync(join(tmpdir(), 'factmark-bundle-'));
    const refused = await publish({ raw: broken, privateKeyPem: key.pem, outDir: out, today: '2026-12-01' });
    expect(refused.ok).toBe(false);
    expect(refused.report).toMatch(/every fact names at least one source/);
    expect(existsSync(join(out, 'facts.json'))).toBe(false);

    // Signed by hand, as a careless maintainer's script might: the extension still refuses it.
    const bundle = {
      format: 1,
      version: broken.version,
      checkedThrough: getFacts().base.checkedThrough,
      published: '2026-12-01',
      factBase: broken,
    };
    const bytes = new TextEncoder().encode(JSON.stringify(bundle));
    const { sign } = await import('node:crypto');
    const signature = sign(null, bytes, key.privateKey).toString('base64');
    const verdict = await checkBundle(bytes, signature, { keys: [key.trusted('maintainer')], inUseVersion: BUNDLED });
    expect(verdict).toEqual({
      kind: 'refused',
      reason: expect.stringMatching(/^the fact base fails validation \(1 problem\(s\)\): schema: .*at least one source/),
    });
  });

  it('refuses a signed file that is not a bundle of this format', async () => {
    const { sign } = await import('node:crypto');
    const keys = [key.trusted('maintainer')];
    const cases: Array<[unknown, RegExp]> = [
      [[1, 2], /not a JSON object/],
      [{ format: 2, version: '2099', checkedThrough: '2026-11-22', published: '2026-12-01', factBase: {} }, /unknown bundle format 2/],
      [
        {
          format: 1,
          version: '2099',
          checkedThrough: '2026-11-22',
          published: '2026-12-01',
          factBase: { version: '2098', checkedThrough: '2026-11-22' },
        },
        /differs/,
      ],
    ];
    for (const [value, reason] of cases) {
      const bytes = new TextEncoder().encode(JSON.stringify(value));
      const verdict = await checkBundle(bytes, sign(null, bytes, key.privateKey).toString('base64'), { keys, inUseVersion: BUNDLED });
      expect(verdict).toEqual({ kind: 'refused', reason: expect.stringMatching(reason) });
    }
  });
});

describe('compareVersions', () => {
  it('compares runs of digits left to right', () => {
    expect(compareVersions('2026.12.01', '2026.12.01')).toBe(0);
    expect(compareVersions('2026.12.01.1', '2026.12.01')).toBe(1);
    expect(compareVersions('2026.12.2', '2026.12.01.5')).toBe(1);
    expect(compareVersions('2026.9.30', '2026.10.01')).toBe(-1);
    expect(compareVersions('2027.01.01', '2026.12.31')).toBe(1);
  });
});

describe('npm run facts:publish', () => {
  it('validates the real fact base, writes a bundle the key verifies, and prints the public half for trusted-keys.json', () => {
    const out = mkdtempSync(join(tmpdir(), 'factmark-publish-'));
    const keyFile = join(out, 'key.pem');
    writeFileSync(keyFile, key.pem);
    const cli = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/facts-publish.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
    const run = cli(['--key', keyFile, '--out', join(out, 'site'), '--version', '2099.03.01']);
    expect(run.stderr).toMatch(/not in src\/facts\/trusted-keys\.json/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^facts:publish: version 2099\.03\.01 \(checked through \d{4}-\d{2}-\d{2}\), \d+ bytes/);
    const { bytes, signature } = read(join(out, 'site'));
    expect(verify(null, bytes, key.privateKey, Buffer.from(signature, 'base64'))).toBe(true);

    const printed = cli(['--key', keyFile, '--print-public-key', '--key-id', 'maintainer-2027']);
    expect(printed.status).toBe(0);
    expect(JSON.parse(printed.stdout)).toMatchObject(key.trusted('maintainer-2027'));

    expect(cli(['--out', out]).status).toBe(2);
    writeFileSync(keyFile, generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'pkcs8' }));
    const wrongKind = cli(['--key', keyFile, '--out', out]);
    expect(wrongKind.status).toBe(2);
    expect(wrongKind.stderr).toMatch(/not ed25519/);
  }, 120_000);
});
