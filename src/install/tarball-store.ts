/**
 * Verified tarballs by their sha512, beside npm's cache (`<npm cache>/_clawguard/tarballs`): a warm install
 * reads the bytes it verified before instead of downloading them again, as npm reads its own cache.
 *
 * Keyed by content only: a tarball is stored under the sha512 of its bytes, after the download was verified
 * against the published (or lockfile's) integrity, and it is found only through an integrity that names a
 * sha512; the bytes read back are hashed again and must equal it, else they are ignored and the tarball is
 * downloaded as before. Never by name@version, never by URL. An integrity without a sha512 (old packages
 * published with a sha1 only) is always downloaded. `CLAWGUARD_INSPECT_CACHE=0` turns it off with the
 * inspection cache. A store that cannot be read or written costs a download, never a verdict.
 */
import fs from 'node:fs';
import path from 'node:path';
import { nodeCrypto } from '../core/crypto.js';

/** The sha512 digests (base64) an SRI integrity string names; empty when it names none. */
export function sha512Digests(integrity: string | undefined): string[] {
  if (!integrity) return [];
  const out: string[] = [];
  for (const part of integrity.trim().split(/\s+/)) {
    const m = /^sha512-([A-Za-z0-9+/]+={0,2})(?:\?.*)?$/.exec(part);
    if (m) out.push(m[1]);
  }
  return out;
}

export function tarballStoreDir(npmCacheDir: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!npmCacheDir || env.CLAWGUARD_INSPECT_CACHE === '0') return undefined;
  // npmOptions.cache is npm's `<cache>/_cacache`: the store sits beside it, with the inspection cache.
  return path.join(path.dirname(path.resolve(npmCacheDir)), '_clawguard', 'tarballs');
}

const fileFor = (dir: string, digest: string) => {
  const hex = Buffer.from(digest, 'base64').toString('hex');
  return path.join(dir, hex.slice(0, 2), `${hex}.tgz`);
};

const sha512 = (bytes: Uint8Array) => nodeCrypto().createHash('sha512').update(bytes).digest('base64');

/** The stored bytes for `integrity`, re-verified, or undefined (not stored, unreadable, or not those bytes). */
export function readStoredTarball(dir: string | undefined, integrity: string | undefined, maxBytes: number): Buffer | undefined {
  if (!dir) return undefined;
  for (const digest of sha512Digests(integrity)) {
    const file = fileFor(dir, digest);
    try {
      if (fs.statSync(file).size > maxBytes) continue;
      const bytes = fs.readFileSync(file);
      if (sha512(bytes) === digest) return bytes;
    } catch {
      // not stored (or unreadable): download
    }
  }
  return undefined;
}

/** Keep verified bytes for the next install: only under a sha512 that the integrity names and the bytes have. */
export function storeTarball(dir: string | undefined, integrity: string | undefined, bytes: Buffer, bytesSha512 = sha512(bytes)): void {
  if (!dir || !sha512Digests(integrity).includes(bytesSha512)) return;
  const file = fileFor(dir, bytesSha512);
  try {
    if (fs.existsSync(file)) return;
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
    fs.writeFileSync(tmp, bytes, { mode: 0o600 });
    fs.renameSync(tmp, file);
  } catch {
    // a read-only or full cache: the next install downloads again
  }
}
