/**
 * sha256 of many files, streamed through one reused buffer per lane so memory stays bounded whatever the
 * file sizes. A few lanes overlap reads with hashing; the hash itself runs on the main thread (OpenSSL).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';

export interface FileHash {
  sha256?: string;
  error?: string;
}

const CHUNK = 256 * 1024;
const LANES = 4;

export async function hashFiles(paths: readonly string[]): Promise<FileHash[]> {
  const results: FileHash[] = new Array(paths.length);
  let next = 0;
  const lane = async () => {
    const buf = Buffer.allocUnsafe(CHUNK);
    while (next < paths.length) {
      const i = next++;
      results[i] = await hashOne(paths[i], buf);
    }
  };
  await Promise.all(Array.from({ length: Math.min(LANES, paths.length) }, lane));
  return results;
}

async function hashOne(file: string, buf: Buffer): Promise<FileHash> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    // O_NOFOLLOW: a file swapped for a symlink between the walk and the hash must not be read through.
    handle = await fs.promises.open(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
    const hash = createHash('sha256');
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, CHUNK, null);
      if (bytesRead === 0) break;
      hash.update(buf.subarray(0, bytesRead));
    }
    return { sha256: hash.digest('hex') };
  } catch (err) {
    return { error: (err as Error).message };
  } finally {
    await handle?.close();
  }
}

/** Same, synchronously, for one file. */
export function hashFileSync(file: string): string {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    const hash = createHash('sha256');
    for (;;) {
      const n = fs.readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
    }
    return hash.digest('hex');
  } finally {
    fs.closeSync(fd);
  }
}
