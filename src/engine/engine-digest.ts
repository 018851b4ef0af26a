/**
 * The digest of what decides an inspection result besides the content: the engine code and the rules. It is
 * part of every result-cache key, so a changed engine or rule set never serves an old result; nothing has
 * to remember to bump a version.
 *
 * Code: every module file (.js/.mjs/.cjs/.json/.wasm, or .ts under tests, never .d.ts or .map) of the build's
 * `inspect/` (analyzers, effects, rules loader and the compiled rules artifact), `emulate/` (when present),
 * `unpack/` (its events become findings), `engine/`, and `tree/lifecycle-scripts` — taken from the build
 * this process runs (dist/ when installed, src/ under tests). Rules: the name and bytes of every rule file of
 * the rules directory in use (a stale artifact falls back to that YAML, so the YAML is what counts).
 * The build records the code digest (scripts/compile-rules.mjs, after every artifact it covers is written) in
 * engine/engine-code-digest.json, so a process reads 100 bytes instead of hashing ~1.5 MB of code on its first
 * cache lookup (~30 ms: as much as the rest of a cached `skills scan`). Under tests (src/) there is no record
 * and the digest is computed; test/engine/engine-digest.test.ts proves the build's record is current.
 *
 * The rules' digest is taken from their metadata when it can be (`rulesDigest`): reading and hashing the
 * ~200 rule files (~800 KB) was most of a cached `skills scan`. The result cache keeps, per rules directory,
 * the digest with the (name, size, mtime, ctime, inode) of every rule file it was computed from, taken before
 * the files were read; a process whose stat of the directory gives exactly those numbers uses that digest, any
 * other (an edited, added, removed, renamed or replaced file) reads and hashes the YAML again. As git's index,
 * a file changed within the timestamp granularity of the stat would look unchanged, so a record is kept only
 * when every file's ctime (which no user can set back) is older than RULES_SETTLED_MS: a later write moves it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeCrypto } from '../core/crypto.js';
import { TOOL_VERSION } from '../core/version.js';
import { DEFAULT_RULES_DIR, rememberRulesYamlDigest, ruleFileNames, rulesYamlDigest } from '../inspect/rules/yaml-digest.js';
import { DiskResultCache, recordKey, resultCacheDir, type ResultCache } from './result-cache.js';

/** The build root: dist/ (or src/ under tests), one level above this module. */
const BUILD_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Folders (and files) of the build whose code decides a result. */
export const ENGINE_CODE_PATHS = ['inspect', 'emulate', 'unpack', 'engine', 'tree/lifecycle-scripts.js', 'tree/lifecycle-scripts.ts'];

const CODE_FILE = /\.(m?js|cjs|json|wasm|ts)$/;

/** The build's record of the code digest (left out of the digest itself). */
const RECORD = 'engine/engine-code-digest.json';
export const ENGINE_CODE_DIGEST_FILE = path.join(BUILD_ROOT, RECORD);

let codeDigestMemo: string | undefined;
/** sha256 over the engine's code files: the build's record when it has one for this version, else computed. */
export function engineCodeDigest(): string {
  return (codeDigestMemo ??= recordedCodeDigest() ?? computeEngineCodeDigest());
}

/** sha256 over the engine's code files (relative path and bytes, in path order), computed now. */
export function computeEngineCodeDigest(root: string = BUILD_ROOT): string {
  const hash = nodeCrypto().createHash('sha256').update(`clawguard ${TOOL_VERSION}\0`);
  for (const rel of ENGINE_CODE_PATHS) digestPath(root, rel, hash);
  return hash.digest('hex');
}

function recordedCodeDigest(): string | undefined {
  try {
    const record = JSON.parse(fs.readFileSync(ENGINE_CODE_DIGEST_FILE, 'utf8')) as { version?: unknown; digest?: unknown };
    return record.version === TOOL_VERSION && typeof record.digest === 'string' && /^[0-9a-f]{64}$/.test(record.digest) ? record.digest : undefined;
  } catch {
    return undefined;
  }
}

function digestPath(root: string, rel: string, hash: ReturnType<ReturnType<typeof nodeCrypto>['createHash']>): void {
  const full = path.join(root, rel);
  let st: fs.Stats;
  try {
    st = fs.statSync(full);
  } catch {
    return; // emulate/ (or the .ts twin of a .js file) need not exist
  }
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(full).sort()) digestPath(root, `${rel}/${name}`, hash);
  } else if (st.isFile() && CODE_FILE.test(rel) && !rel.endsWith('.d.ts') && rel !== RECORD) {
    hash.update(`${rel}\0`).update(fs.readFileSync(full)).update('\0');
  }
}

/** How old (by ctime) every rule file must be for its metadata to stand for its bytes (coarse file-system clocks). */
export const RULES_SETTLED_MS = 2000;

interface RulesRecord {
  kind: 'rules-stat';
  /** The rules directory (resolved): the record's own identity, checked on every read. */
  dir: string;
  /** The rule file names, NUL-joined, in name order. */
  names: string;
  /** Per file, in that order: size, mtimeMs, ctimeMs, inode, device (-1 for a file that could not be stat'ed). */
  stats: number[];
  digest: string;
}

/** Where the rules records live: the result cache (they key nothing else; no cache, no record). */
function rulesRecordStore(): ResultCache | undefined {
  const dir = resultCacheDir(process.env);
  return dir ? new DiskResultCache(dir, 1) : undefined;
}

const STAT_FIELDS = 5;

/**
 * The YAML digest of the rules in `dir` (src/inspect/rules/yaml-digest.ts `rulesYamlDigest`), from the record of its last computation
 * when every rule file's metadata is unchanged since; else computed from the files and recorded (see above).
 * The metadata is kept and compared as numbers: turning 1000 of them into text cost as much as the 200 stats.
 */
export function rulesDigest(dir: string, store: ResultCache | undefined = rulesRecordStore(), now: number = Date.now()): string {
  const key = path.resolve(dir);
  const names = ruleFileNames(key);
  let settled = true;
  // A plain concatenation: path.join's normalisation of 200 paths was most of this function's cost.
  const prefix = `${key}${path.sep}`;
  const stats = new Array<number>(names.length * STAT_FIELDS).fill(-1);
  for (let i = 0; i < names.length; i++) {
    const st = fs.statSync(prefix + names[i], { throwIfNoEntry: false });
    if (!st) {
      settled = false;
      continue;
    }
    if (!(st.ctimeMs < now - RULES_SETTLED_MS && st.mtimeMs < now - RULES_SETTLED_MS)) settled = false;
    const at = i * STAT_FIELDS;
    stats[at] = st.size;
    stats[at + 1] = st.mtimeMs;
    stats[at + 2] = st.ctimeMs;
    stats[at + 3] = st.ino;
    stats[at + 4] = st.dev;
  }
  const joined = names.join('\0');
  const at = store ? recordKey(['rules-stat', key]) : '';
  const record = store?.get<RulesRecord>(at);
  if (record && record.kind === 'rules-stat' && record.dir === key && record.names === joined && sameNumbers(record.stats, stats) && typeof record.digest === 'string') {
    rememberRulesYamlDigest(key, names, record.digest);
    return record.digest;
  }
  const digest = rulesYamlDigest(key, names);
  if (store && settled) store.set(at, { kind: 'rules-stat', dir: key, names: joined, stats, digest } satisfies RulesRecord);
  return digest;
}

function sameNumbers(recorded: unknown, now: readonly number[]): boolean {
  if (!Array.isArray(recorded) || recorded.length !== now.length) return false;
  for (let i = 0; i < now.length; i++) if (recorded[i] !== now[i]) return false;
  return true;
}

const rulesDigests = new Map<string, string>();
/**
 * The rules digest of `rulesDir` this process works under: taken once (as `engineDigest`, which it is part
 * of), so a tree's 300 lookups or a watcher's events do not stat every rule file each time.
 */
export function currentRulesDigest(rulesDir: string = DEFAULT_RULES_DIR): string {
  const key = path.resolve(rulesDir);
  let digest = rulesDigests.get(key);
  if (!digest) rulesDigests.set(key, (digest = rulesDigest(key)));
  return digest;
}

const engineDigests = new Map<string, string>();
/** Engine code plus the rules of `rulesDir` (default: the shipped rules/). */
export function engineDigest(rulesDir: string = DEFAULT_RULES_DIR): string {
  const key = path.resolve(rulesDir);
  let digest = engineDigests.get(key);
  if (!digest) engineDigests.set(key, (digest = nodeCrypto().createHash('sha256').update(`${engineCodeDigest()}\0${currentRulesDigest(key)}`).digest('hex')));
  return digest;
}
