import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A digest of a package's content as files on disk: every regular file's relative path and sha256, sorted.
 * Taken from the copy that was inspected and again from the copy npm installed, so a swap between
 * inspection and install (a re-resolved version, a poisoned cache entry, a tarball replaced in the registry)
 * is caught on the bytes that will actually load, not on metadata. Nested `node_modules/` at the package
 * root holds other packages (each digested on its own) and is left out.
 */
export function packageDigest(dir: string): string {
  const entries = [...fileHashes(dir)].map(([file, sha]) => `${file}\0${sha}`);
  entries.sort();
  return createHash('sha256').update(entries.join('\n')).digest('hex');
}

/** Relative POSIX path → sha256 of every regular file of a package, its root `node_modules/` left out. */
export function fileHashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  walk(dir, '', out, true);
  return out;
}

function walk(root: string, rel: string, out: Map<string, string>, atPackageRoot: boolean): void {
  for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    if (atPackageRoot && entry.name === 'node_modules') continue;
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) walk(root, child, out, false);
    else if (entry.isFile()) out.set(child, createHash('sha256').update(asNpmInstallsIt(fs.readFileSync(path.join(root, child)))).digest('hex'));
  }
}

const WINDOWS_HASHBANG = /^(#![^\n]+)\r\n/;

/**
 * npm (bin-links) rewrites a bin script whose `#!` line ends in CRLF to end in LF when it links it, so the
 * installed copy legitimately differs from the tarball there (real case: node-downloader-helper). Both
 * copies are digested as npm leaves them; the difference hidden is one CR on a shebang line.
 */
function asNpmInstallsIt(content: Buffer): Buffer {
  if (content[0] !== 0x23 || content[1] !== 0x21) return content;
  const text = content.toString('utf8');
  return WINDOWS_HASHBANG.test(text) ? Buffer.from(text.replace(WINDOWS_HASHBANG, '$1\n'), 'utf8') : content;
}
