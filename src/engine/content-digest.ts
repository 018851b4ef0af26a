/**
 * The one content digest of a package or skill directory, for every caller: the result-cache key (same bytes,
 * same result, whatever path they sit at: OpenClaw shows one package at a staging path, then inside the
 * dependency tree; `plugins install` unpacks it into scratch space) and the check that the copy npm installed
 * is the copy that was inspected.
 *
 * Covered: each regular file's relative path, size and sha256; each symlink's target text (links are
 * recorded, never followed); any other entry by name. Directories themselves are not: an empty directory
 * changes neither what the engine reads nor what loads, and npm and the hardened unpacker need not agree
 * on them. The top-level `node_modules/` holds other packages (each digested and inspected on its own) and
 * is left out unless asked for; `hasTopNodeModules` says whether there was one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { nodeCrypto } from '../core/crypto.js';

export interface ContentDigest {
  /** sha256 over the exact bytes: the cache key. */
  sha256: string;
  /**
   * The same over the bytes as npm leaves them when it installs the package: npm (bin-links) rewrites a bin
   * script whose `#!` line ends in CRLF to end in LF (real case: node-downloader-helper). Compare an
   * installed copy with `installedSha256` of the inspected one; the difference hidden is one CR on a shebang.
   * Always without the top-level node_modules/ (bundled dependencies are installed as packages of their own).
   */
  installedSha256: string;
  files: number;
  bytes: number;
  hasTopNodeModules: boolean;
  /**
   * Each entry's path with its size, mtime, ctime and inode (a link: its target), one line each, sorted, taken
   * before the bytes were read: `statFingerprint` re-checks it without reading. Kept as the lines themselves,
   * not hashed: comparing them needs no node:crypto, and the directory stat record (jobs.ts) compares exactly.
   */
  statPrint: string;
  /** The newest mtime or ctime among those entries (ms), and when they were taken: how long the content had stood still. */
  statNewestMs: number;
  statTakenMs: number;
}

export interface DigestOptions {
  /** Leave the top-level node_modules/ out (default true). */
  skipTopNodeModules?: boolean;
}

export function contentDigest(dir: string, options: DigestOptions = {}): ContentDigest {
  const exact: string[] = [];
  const installed: string[] = [];
  const stats: string[] = [];
  const totals = { files: 0, bytes: 0, hasTopNodeModules: false, newest: 0 };
  const takenAt = Date.now();
  walk(dir, '', { exact, installed, stats }, totals, options.skipTopNodeModules ?? true, undefined, false);
  exact.sort();
  installed.sort();
  const { newest, ...counts } = totals;
  return {
    sha256: sha256(exact.join('\n')),
    installedSha256: sha256(installed.join('\n')),
    ...counts,
    statPrint: printOf(stats),
    statNewestMs: newest,
    statTakenMs: takenAt,
  };
}

/**
 * The `statPrint` of a directory now, from metadata only (no file is read): equal to the one `contentDigest`
 * took when nothing was written in between. How the service tells that a directory changed while the engine
 * read it, at the cost of one lstat per file instead of a second read and hash.
 */
export function statFingerprint(dir: string, options: DigestOptions = {}): string {
  const stats: string[] = [];
  statWalk(dir, '', stats, options.skipTopNodeModules ?? true);
  return printOf(stats);
}

/**
 * How a caller that copies a directory before inspecting it sees the original (`plugins inspect` of a local
 * plugin directory, src/install/source.ts `copyPluginDirectory`): the top-level `.git/` and `node_modules/` are
 * not copied, links and special files are not copied either (each becomes a finding naming it). Its
 * fingerprint has every line `statFingerprint` has, plus the metadata of each directory (the root included:
 * an entry added, removed or renamed anywhere moves its directory's mtime and ctime) and of each link (a
 * link re-made moves its ctime and inode), so an unchanged fingerprint also means the same listing, in the
 * same order, of the same entries: the copy would give the same files and the same findings.
 */
export type DirView = 'plugin-copy';

const VIEW_SKIPPED_TOP: Record<DirView, ReadonlySet<string>> = { 'plugin-copy': new Set(['.git', 'node_modules']) };

/** A view's fingerprint, with the newest mtime or ctime in it and when it was taken (ms), as `contentDigest` gives. */
export interface ViewFingerprint {
  print: string;
  newestMs: number;
  takenMs: number;
}

export function viewFingerprint(dir: string, view: DirView): ViewFingerprint {
  const stats: string[] = [];
  const totals = { newest: 0 };
  const takenMs = Date.now();
  stats.push(statLine('/', fs.lstatSync(dir), totals));
  viewWalk(dir, '', stats, VIEW_SKIPPED_TOP[view], totals);
  return { print: printOf(stats), newestMs: totals.newest, takenMs };
}

function viewWalk(root: string, rel: string, out: string[], skippedTop: ReadonlySet<string>, totals: { newest: number }): void {
  for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    if (rel === '' && entry.isDirectory() && skippedTop.has(entry.name)) continue;
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    const full = path.join(root, child);
    const st = fs.lstatSync(full);
    if (st.isDirectory()) {
      out.push(statLine(`${child}/`, st, totals));
      viewWalk(root, child, out, skippedTop, totals);
    } else if (st.isSymbolicLink()) out.push(`${child}\0${fs.readlinkSync(full)}\0${statLine('', st, totals)}`);
    else out.push(statLine(child, st, totals));
  }
}

function printOf(stats: string[]): string {
  return stats.sort().join('\n');
}

function statLine(child: string, st: fs.Stats, totals?: { newest: number }): string {
  if (totals) totals.newest = Math.max(totals.newest, st.mtimeMs, st.ctimeMs);
  return `${child}\0${st.size}\0${st.mtimeMs}\0${st.ctimeMs}\0${st.ino}`;
}

function statWalk(root: string, rel: string, out: string[], skipNodeModules: boolean): void {
  for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    if (skipNodeModules && rel === '' && entry.name === 'node_modules') continue;
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    const full = path.join(root, child);
    if (entry.isDirectory()) statWalk(root, child, out, skipNodeModules);
    else if (entry.isSymbolicLink()) out.push(`${child}\0${fs.readlinkSync(full)}`);
    else out.push(statLine(child, fs.lstatSync(full)));
  }
}

/** Relative POSIX path → sha256 of every regular file (as npm installs it), the top node_modules/ left out. */
export function fileHashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  walk(dir, '', { exact: [], installed: [], stats: [] }, { files: 0, bytes: 0, hasTopNodeModules: false, newest: 0 }, true, out, false);
  return out;
}

function walk(
  root: string,
  rel: string,
  out: { exact: string[]; installed: string[]; stats: string[] },
  totals: { files: number; bytes: number; hasTopNodeModules: boolean; newest: number },
  skipNodeModules: boolean,
  hashes: Map<string, string> | undefined,
  inTopNodeModules: boolean,
): void {
  for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    if (rel === '' && entry.name === 'node_modules') {
      totals.hasTopNodeModules = true;
      if (skipNodeModules) continue;
    }
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    const full = path.join(root, child);
    const ownFile = !(inTopNodeModules || (rel === '' && entry.name === 'node_modules'));
    if (entry.isSymbolicLink()) {
      const target = fs.readlinkSync(full);
      // A link's own times count toward how long the content stood still (re-pointing it moves them).
      statLine(child, fs.lstatSync(full), totals);
      const line = `l\0${child}\0${target}`;
      out.stats.push(`${child}\0${target}`);
      out.exact.push(line);
      if (ownFile) out.installed.push(line);
    } else if (entry.isDirectory()) walk(root, child, out, totals, skipNodeModules, hashes, !ownFile);
    else if (entry.isFile()) {
      // Metadata before the bytes: a write after this stat changes the fingerprint, so it is never missed.
      out.stats.push(statLine(child, fs.lstatSync(full), totals));
      const data = fs.readFileSync(full);
      totals.files++;
      totals.bytes += data.length;
      const sha = sha256(data);
      out.exact.push(`f\0${child}\0${data.length}\0${sha}`);
      if (!ownFile) continue;
      const asInstalled = asNpmInstallsIt(data);
      const installedSha = asInstalled === data ? sha : sha256(asInstalled);
      out.installed.push(`f\0${child}\0${asInstalled.length}\0${installedSha}`);
      hashes?.set(child, installedSha);
    } else {
      out.stats.push(statLine(child, fs.lstatSync(full), totals));
      out.exact.push(`o\0${child}`);
      if (ownFile) out.installed.push(`o\0${child}`);
    }
  }
}

const sha256 = (data: Buffer | string) => nodeCrypto().createHash('sha256').update(data).digest('hex');

const WINDOWS_HASHBANG = /^(#![^\n]+)\r\n/;

function asNpmInstallsIt(content: Buffer): Buffer {
  if (content[0] !== 0x23 || content[1] !== 0x21) return content;
  const text = content.toString('utf8');
  return WINDOWS_HASHBANG.test(text) ? Buffer.from(text.replace(WINDOWS_HASHBANG, '$1\n'), 'utf8') : content;
}

/** sha512 (base64, as in SRI) of bytes in hand. */
export function sha512Of(bytes: Uint8Array): string {
  return nodeCrypto()
    .createHash('sha512').update(bytes).digest('base64');
}
