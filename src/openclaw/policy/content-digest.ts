import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface ContentDigest {
  sha256: string;
  files: number;
  bytes: number;
}

/**
 * A digest of everything the engine would read in a package or skill directory: each regular file's relative
 * path, size and sha256, each symlink's target, each directory, sorted. Links are recorded, never followed.
 * The top-level `node_modules/` holds other packages, digested (and inspected) on their own.
 * This is the verdict-cache key: the same bytes get the same verdict, whatever path they sit at (OpenClaw
 * shows us the same package at a staging path, then again inside the dependency tree).
 */
export function contentDigest(dir: string, options: { skipTopNodeModules?: boolean } = {}): ContentDigest {
  const entries: string[] = [];
  const totals = { files: 0, bytes: 0 };
  walk(dir, '', entries, totals, options.skipTopNodeModules ?? true);
  entries.sort();
  return { sha256: createHash('sha256').update(entries.join('\n')).digest('hex'), ...totals };
}

function walk(root: string, rel: string, out: string[], totals: { files: number; bytes: number }, skipNodeModules: boolean): void {
  for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    if (skipNodeModules && rel === '' && entry.name === 'node_modules') continue;
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    const full = path.join(root, child);
    if (entry.isSymbolicLink()) out.push(`l\0${child}\0${fs.readlinkSync(full)}`);
    else if (entry.isDirectory()) {
      out.push(`d\0${child}`);
      walk(root, child, out, totals, skipNodeModules);
    } else if (entry.isFile()) {
      const data = fs.readFileSync(full);
      totals.files++;
      totals.bytes += data.length;
      out.push(`f\0${child}\0${data.length}\0${createHash('sha256').update(data).digest('hex')}`);
    } else out.push(`o\0${child}`);
  }
}
