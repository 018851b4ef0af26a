/**
 * The integrity manifest of an installed plugin directory: what was inspected is what must load.
 *
 * `buildIntegrityManifest` is taken by install right after the final move (so the stat fingerprint is the one
 * the gateway will see); `verifyIntegrityManifest` is run by `gateway check` before every gateway start.
 * Both walk with lstat and never follow a symlink: a link swapped in for a directory must not lead the walk
 * (and the hashes) somewhere else.
 */
import { nodeCrypto } from '../core/crypto.js';
import fs from 'node:fs';
import path from 'node:path';
import { operationalError, policyError } from '../core/errors.js';
import type { IntegrityFile, IntegrityManifest } from './types.js';
import { kindOf, visitTree, walkTree, type TreeEntry } from '../gateway/tree-walk.js';
import { hashFiles } from '../gateway/hash-files.js';
import { writeFileAtomic } from '../config/atomic-write.js';
import { assertRecordDirsAreReal, readStateFile } from './state-files.js';

export type IntegrityProblemCode =
  | 'integrity-mismatch'
  | 'unexpected-file'
  | 'missing-file'
  | 'mode-mismatch'
  | 'unsafe-permissions'
  | 'symlink-escape'
  | 'unreadable';

export interface IntegrityProblem {
  code: IntegrityProblemCode;
  /** POSIX path relative to the plugin root ('' is the root itself). */
  path: string;
  detail: string;
}

export interface VerifyOptions {
  /** Re-hash every file instead of trusting an unchanged (size, mtime, ctime, inode) fingerprint. */
  deep?: boolean;
  /** The uid OpenClaw will run as: paths owned by anyone else but root are foreign. Default: this process. */
  uid?: number;
}

export interface VerifyResult {
  ok: boolean;
  problems: IntegrityProblem[];
  stats: { files: number; hashed: number; bytesHashed: number };
}

const PERM_BITS = 0o7777;

/** Record every regular file (sha256, size, mode, fingerprint), every directory's mode and every symlink's target. */
export async function buildIntegrityManifest(dir: string): Promise<IntegrityManifest> {
  const root = path.resolve(dir);
  const walk = walkTree(root);
  if (walk.rootProblem) throw operationalError('EMANIFEST', `cannot record the integrity of ${root}: ${walk.rootProblem}`);
  const files: Record<string, IntegrityFile> = {};
  const dirs: Record<string, { mode: number }> = {};
  const symlinks: Record<string, string> = {};
  const toHash: TreeEntry[] = [];
  for (const entry of walk.entries) {
    if (entry.unreadable) throw operationalError('EMANIFEST', `cannot read ${entry.abs}: ${entry.unreadable}`);
    switch (entry.kind) {
      case 'dir':
        dirs[entry.rel] = { mode: entry.st.mode & PERM_BITS };
        break;
      case 'symlink':
        symlinks[entry.rel] = fs.readlinkSync(entry.abs);
        break;
      case 'file':
        toHash.push(entry);
        break;
      default:
        // A FIFO or device node in a plugin tree has no business there and cannot be hashed (a FIFO read blocks).
        throw policyError('EMANIFEST_SPECIAL_FILE', `refusing to record ${entry.abs}: it is a ${entry.kind}, not a regular file, directory or symlink`, {
          hint: 'remove it from the plugin directory; npm packages never contain special files',
        });
    }
  }
  const hashes = await hashFiles(toHash.map((e) => e.abs));
  toHash.forEach((entry, i) => {
    const h = hashes[i];
    if (h.error) throw operationalError('EMANIFEST', `cannot hash ${entry.abs}: ${h.error}`);
    files[entry.rel] = {
      sha256: h.sha256!,
      size: entry.st.size,
      mode: entry.st.mode & PERM_BITS,
      mtimeMs: entry.st.mtimeMs,
      ctimeMs: entry.st.ctimeMs,
      ino: entry.st.ino,
    };
  });
  return { schemaVersion: 1, root, createdAt: new Date().toISOString(), files, dirs, symlinks };
}

/**
 * Compare a directory with its manifest. Reports changed, added and removed files, mode changes, type changes,
 * group/world-writable or foreign-owned paths and symlinks that leave the root. Never throws for what it finds
 * on disk: every finding is a problem, so a check cannot be made to pass by making a file unreadable.
 */
export async function verifyIntegrityManifest(dir: string, manifest: IntegrityManifest, options: VerifyOptions = {}): Promise<VerifyResult> {
  const root = path.resolve(dir);
  const uid = options.uid ?? process.getuid?.() ?? 0;
  const deep = options.deep === true;
  const problems: IntegrityProblem[] = [];
  const stats = { files: 0, hashed: 0, bytesHashed: 0 };
  const { files, dirs, symlinks } = manifest;
  // Every walked path is visited once, so counting the recorded ones met tells whether anything is missing;
  // only then (or after an unreadable directory) is the list of met paths needed.
  let matched = 0;
  const met: string[] = [];
  let unreadableDirs: string[] | undefined;
  const toHash: Array<{ rel: string; abs: string; size: number; expected: IntegrityFile }> = [];

  // One pass, one lstat per path: the permission checks and the comparison with the manifest are done on the
  // spot, and an unchanged file costs two property lookups and four number comparisons.
  const walk = visitTree(
    root,
    (rel, abs, st) => {
      const mode = st.mode;
      const isLink = (mode & S_IFMT) === S_IFLNK;
      let target: string | undefined;
      if (isLink) {
        target = safeReadlink(abs);
        if (target === undefined || escapesRoot(root, abs, target))
          problems.push({ code: 'symlink-escape', path: rel, detail: `symlink ${rel} points outside the plugin root (${target ?? 'unreadable'})` });
      } else if (mode & 0o022) problems.push(unsafeModeProblem(rel, mode));
      if (st.uid !== uid && st.uid !== 0) problems.push(foreignOwnerProblem(rel, st.uid, uid));

      const expectedFile = files[rel];
      const expectedDir = expectedFile === undefined ? dirs[rel] : undefined;
      const expectedLink = expectedFile === undefined && expectedDir === undefined ? symlinks[rel] : undefined;
      if (expectedFile === undefined && expectedDir === undefined && expectedLink === undefined) {
        problems.push({ code: 'unexpected-file', path: rel, detail: `${describeKind(kindOf(st))} ${displayPath(rel)} was not there at install` });
        return;
      }
      matched++;
      met.push(rel);
      const expectedKind = expectedFile ? 'file' : expectedDir ? 'dir' : 'symlink';
      const kind = (mode & S_IFMT) === S_IFREG ? 'file' : (mode & S_IFMT) === S_IFDIR ? 'dir' : isLink ? 'symlink' : kindOf(st);
      if (kind !== expectedKind) {
        problems.push({ code: 'integrity-mismatch', path: rel, detail: `${displayPath(rel)} was a ${describeKind(expectedKind)} at install, now a ${describeKind(kind)}` });
        return;
      }
      if (kind === 'dir') {
        if ((mode & PERM_BITS) !== expectedDir!.mode) problems.push(modeProblem(rel, expectedDir!.mode, mode & PERM_BITS));
      } else if (kind === 'symlink') {
        if (target !== expectedLink) problems.push({ code: 'integrity-mismatch', path: rel, detail: `symlink ${rel} now points to ${target ?? '(unreadable)'}, recorded ${expectedLink}` });
      } else {
        const f = expectedFile!;
        stats.files++;
        if ((mode & PERM_BITS) !== f.mode) problems.push(modeProblem(rel, f.mode, mode & PERM_BITS));
        if (st.size !== f.size) {
          problems.push({ code: 'integrity-mismatch', path: rel, detail: `${rel} changed: ${f.size} bytes at install, ${st.size} now` });
        } else if (deep || st.mtimeMs !== f.mtimeMs || st.ctimeMs !== f.ctimeMs || st.ino !== f.ino) {
          toHash.push({ rel, abs, size: st.size, expected: f });
        }
      }
    },
    (rel, abs, message) => {
      problems.push({ code: 'unreadable', path: rel, detail: `cannot read ${abs}: ${message}` });
      (unreadableDirs ??= []).push(rel);
    },
  );
  if (walk.rootProblem) {
    return { ok: false, problems: [{ code: walk.rootMissing ? 'missing-file' : 'integrity-mismatch', path: '', detail: `plugin root ${root}: ${walk.rootProblem}` }], stats };
  }

  const recorded = countKeys(files) + countKeys(dirs) + countKeys(symlinks);
  if (matched !== recorded || unreadableDirs) {
    const seen = new Set(met);
    // An unreadable directory is already a problem; do not also report everything under it as missing.
    for (const rel of unreadableDirs ?? []) markSubtreeSeen(manifest, rel, seen);
    for (const kind of ['files', 'dirs', 'symlinks'] as const)
      for (const rel of Object.keys(manifest[kind]))
        if (!seen.has(rel)) problems.push({ code: 'missing-file', path: rel, detail: `${displayPath(rel)} was installed and is gone` });
  }

  if (toHash.length > 0) {
    const hashes = await hashFiles(toHash.map((t) => t.abs));
    toHash.forEach(({ rel, abs, size, expected }, i) => {
      const h = hashes[i];
      stats.hashed++;
      stats.bytesHashed += size;
      if (h.error) problems.push({ code: 'unreadable', path: rel, detail: `cannot read ${abs}: ${h.error}` });
      else if (h.sha256 !== expected.sha256) problems.push({ code: 'integrity-mismatch', path: rel, detail: `${rel} content changed since install (sha256 ${h.sha256!.slice(0, 12)}…, recorded ${expected.sha256.slice(0, 12)}…)` });
    });
  }
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.code < b.code ? -1 : 1));
  return { ok: problems.length === 0, problems, stats };
}

const { S_IFMT, S_IFREG, S_IFDIR, S_IFLNK } = fs.constants;

function countKeys(record: object): number {
  let n = 0;
  for (const _ in record) n++;
  return n;
}

function unsafeModeProblem(rel: string, mode: number): IntegrityProblem {
  const who = mode & 0o002 ? 'world' : 'group';
  return { code: 'unsafe-permissions', path: rel, detail: `${displayPath(rel)} is ${who}-writable (mode ${(mode & PERM_BITS).toString(8)})` };
}

function foreignOwnerProblem(rel: string, owner: number, uid: number): IntegrityProblem {
  return { code: 'unsafe-permissions', path: rel, detail: `${displayPath(rel)} is owned by uid ${owner}, not by uid ${uid} or root` };
}

/**
 * Group/world-writable paths let another local user (or a compromised service) edit plugin code between checks;
 * a foreign owner can chmod it back at will; a symlink leaving the root makes "the plugin" include files no
 * manifest covers. Used alone for bundled plugins, which have no clawguard manifest.
 */
export function permissionProblems(root: string, entries: readonly TreeEntry[], uid: number): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  for (const entry of entries) {
    const st = entry.st;
    if (entry.kind === 'symlink') {
      const target = safeReadlink(entry.abs);
      if (target === undefined || escapesRoot(root, entry.abs, target))
        problems.push({ code: 'symlink-escape', path: entry.rel, detail: `symlink ${entry.rel} points outside the plugin root (${target ?? 'unreadable'})` });
    } else if (st.mode & 0o022) problems.push(unsafeModeProblem(entry.rel, st.mode));
    if (st.uid !== uid && st.uid !== 0) problems.push(foreignOwnerProblem(entry.rel, st.uid, uid));
  }
  return problems;
}

/** Walk a directory and return only permission problems (bundled plugins, which clawguard did not install). */
export function checkPermissionsOnly(dir: string, uid: number = process.getuid?.() ?? 0): IntegrityProblem[] {
  const root = path.resolve(dir);
  const walk = walkTree(root);
  if (walk.rootProblem) return [{ code: walk.rootMissing ? 'missing-file' : 'unreadable', path: '', detail: `plugin root ${root}: ${walk.rootProblem}` }];
  return permissionProblems(root, walk.entries, uid);
}

/** Lexical containment, as OpenClaw's own escape check: the target resolved against the link's directory. */
function escapesRoot(root: string, linkAbs: string, target: string): boolean {
  const resolved = path.resolve(path.dirname(linkAbs), target);
  const rel = path.relative(root, resolved);
  return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}

function modeProblem(rel: string, expected: number, actual: number): IntegrityProblem {
  return { code: 'mode-mismatch', path: rel, detail: `${displayPath(rel)} mode changed from ${expected.toString(8)} to ${actual.toString(8)}` };
}

function markSubtreeSeen(manifest: IntegrityManifest, rel: string, seen: Set<string>): void {
  // An unreadable directory is already a problem; do not also report everything under it as missing.
  const prefix = rel === '' ? '' : `${rel}/`;
  for (const kind of ['files', 'dirs', 'symlinks'] as const) for (const k of Object.keys(manifest[kind])) if (k.startsWith(prefix)) seen.add(k);
}

function safeReadlink(p: string): string | undefined {
  try {
    return fs.readlinkSync(p);
  } catch {
    return undefined;
  }
}

function describeKind(kind: string): string {
  return kind === 'dir' ? 'directory' : kind;
}

function displayPath(rel: string): string {
  return rel === '' ? 'the plugin root' : rel;
}

// ---------------------------------------------------------------------------------------------------------
// Storage: <state>/clawguard/manifests/<dirName>.json, its sha256 kept in the ledger entry.

/** The canonical bytes of a manifest; the ledger's `manifestSha256` is the sha256 of exactly these bytes. */
export function serializeIntegrityManifest(manifest: IntegrityManifest): string {
  return `${JSON.stringify(manifest)}\n`;
}

export function sha256Hex(data: string | Buffer): string {
  return nodeCrypto().createHash('sha256').update(data).digest('hex');
}

export function integrityManifestPath(clawguardDir: string, dirName: string): string {
  return path.join(clawguardDir, 'manifests', `${dirName}.json`);
}

/** Write atomically (temp + rename, mode 600); returns the path and the sha256 to store as `manifestSha256`. */
export function saveIntegrityManifest(clawguardDir: string, dirName: string, manifest: IntegrityManifest): { path: string; sha256: string } {
  const file = integrityManifestPath(clawguardDir, dirName);
  assertRecordDirsAreReal({ clawguardDir });
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const text = serializeIntegrityManifest(manifest);
  writeFileAtomic(file, text, 0o600);
  return { path: file, sha256: sha256Hex(text) };
}

export type ManifestLoadFailure = 'manifest-missing' | 'manifest-unreadable' | 'manifest-inconsistent';

export type ManifestLoadResult =
  | { ok: true; manifest: IntegrityManifest }
  | { ok: false; code: ManifestLoadFailure; detail: string };

/**
 * Read a manifest and check it against the ledger's `manifestSha256`. A manifest rewritten behind the ledger's
 * back (to bless a tampered file) is inconsistent, and an inconsistent record is a refusal, never a pass.
 */
export function loadIntegrityManifest(clawguardDir: string, dirName: string, expectedSha256: string): ManifestLoadResult {
  const file = integrityManifestPath(clawguardDir, dirName);
  let bytes: Buffer;
  try {
    // Not through a link, not a huge file: the manifest is what the gateway compares the plugin with.
    const text = readStateFile(file, { label: 'the integrity manifest', code: 'EMANIFEST', exit: 'operational' });
    if (text === undefined) return { ok: false, code: 'manifest-missing', detail: `cannot read integrity manifest ${file}: it does not exist` };
    bytes = Buffer.from(text, 'utf8');
  } catch (err) {
    const hint = (err as { hint?: string }).hint;
    return { ok: false, code: 'manifest-unreadable', detail: `${(err as Error).message}${hint ? ` (${hint})` : ''}` };
  }
  const actual = sha256Hex(bytes);
  if (actual !== expectedSha256)
    return { ok: false, code: 'manifest-inconsistent', detail: `integrity manifest ${file} does not match the ledger (sha256 ${actual.slice(0, 12)}…, ledger ${String(expectedSha256).slice(0, 12)}…)` };
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    return { ok: false, code: 'manifest-unreadable', detail: `integrity manifest ${file} is not valid JSON: ${(err as Error).message}` };
  }
  if (!isManifestShape(data)) return { ok: false, code: 'manifest-unreadable', detail: `integrity manifest ${file} does not have the expected shape (schemaVersion 1, files, dirs, symlinks)` };
  return { ok: true, manifest: data };
}

function isManifestShape(data: unknown): data is IntegrityManifest {
  if (data === null || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  const isRecord = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (m.schemaVersion !== 1 || !isRecord(m.files) || !isRecord(m.dirs) || !isRecord(m.symlinks)) return false;
  const files = m.files as Record<string, unknown>;
  // for…in: no array of 100,000 values built just to be walked once.
  for (const rel in files) {
    const f = files[rel];
    if (!isRecord(f)) return false;
    const r = f as Record<string, unknown>;
    if (typeof r.sha256 !== 'string' || typeof r.size !== 'number' || typeof r.mode !== 'number') return false;
  }
  return true;
}
