import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readStoredTarball, sha512Digests, storeTarball, tarballStoreDir } from '../../src/install/tarball-store.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});
const tempStore = () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-tarball-store-'));
  roots.push(root);
  return tarballStoreDir(path.join(root, '_cacache'), {})!;
};
const sri = (bytes: Buffer, algo = 'sha512') => `${algo}-${createHash(algo).update(bytes).digest('base64')}`;

describe('tarball store (verified tarballs by sha512)', () => {
  const bytes = Buffer.from('a verified tarball');

  it('gives back stored bytes only through an integrity naming their sha512', () => {
    const store = tempStore();
    expect(readStoredTarball(store, sri(bytes), 1 << 20)).toBeUndefined();
    storeTarball(store, sri(bytes), bytes);
    expect(readStoredTarball(store, sri(bytes), 1 << 20)?.equals(bytes)).toBe(true);
    // Among other hashes, as SRI lists them.
    expect(readStoredTarball(store, `${sri(bytes, 'sha1')} ${sri(bytes)}`, 1 << 20)?.equals(bytes)).toBe(true);
    // A sha1-only integrity never reads the store; nor does another sha512.
    expect(readStoredTarball(store, sri(bytes, 'sha1'), 1 << 20)).toBeUndefined();
    expect(readStoredTarball(store, sri(Buffer.from('other')), 1 << 20)).toBeUndefined();
    // Larger than the caller's bound: downloaded (and bounded) as before.
    expect(readStoredTarball(store, sri(bytes), 4)).toBeUndefined();
  });

  it('never stores bytes under an integrity they do not have, and ignores stored bytes altered on disk', () => {
    const store = tempStore();
    storeTarball(store, sri(Buffer.from('what the registry published')), bytes);
    expect(fs.existsSync(store)).toBe(false);
    storeTarball(store, sri(bytes), bytes);
    const [file] = fs.readdirSync(store, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tgz'));
    fs.writeFileSync(path.join(store, file), 'altered on disk');
    expect(readStoredTarball(store, sri(bytes), 1 << 20)).toBeUndefined();
  });

  it('is off with the inspection cache (CLAWGUARD_INSPECT_CACHE=0) and without an npm cache', () => {
    expect(tarballStoreDir('/c/_cacache', { CLAWGUARD_INSPECT_CACHE: '0' })).toBeUndefined();
    expect(tarballStoreDir(undefined, {})).toBeUndefined();
    expect(tarballStoreDir('/c/_cacache', {})).toBe(path.resolve('/c/_clawguard/tarballs'));
    expect(sha512Digests('sha512-AAAA sha1-BBBB sha512-CCCC==')).toEqual(['AAAA', 'CCCC==']);
  });
});
