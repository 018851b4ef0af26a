/**
 * The digest of what decides an inspection result besides the content: the engine code and the rules. It is
 * part of every result-cache key, so a changed engine or rule set never serves an old result; nothing has
 * to remember to bump a version.
 *
 * Code: every module file (.js/.mjs/.cjs/.json/.wasm, or .ts under tests, never .d.ts or .map) of the build's
 * `inspect/` (analyzers, effects, rules loader and the compiled rules artifact), `emulate/` (when present),
 * `unpack/` (its events become findings), `engine/`, and `tree/lifecycle-scripts` — taken from the build
 * this process runs (dist/ when installed, src/ under tests). Rules: the name and bytes of every rule file of
 * the rules directory in use.
 *
 * A build records both (scripts/compile-rules.mjs, after every artifact the code digest covers is written) in
 * engine/engine-code-digest.json, so a process reads 200 bytes instead of hashing ~1.5 MB of code (~30 ms) and
 * stat'ing or reading ~200 rule files (~3 ms; as much as the rest of a cached `skills scan`). A build's shipped
 * rules are therefore the ones it compiled, as its code is the code it built: editing rules/*.yaml of an
 * installed build changes nothing until the next `npm run build`, and the loader takes the compiled artifact
 * without reading the YAML (src/inspect/rules/load.ts). Under tests (src/) there is no record: both digests are
 * computed, once per process; test/engine/engine-digest.test.ts proves the build's record is current.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeCrypto } from '../core/crypto.js';
import { TOOL_VERSION } from '../core/version.js';
import { BUILD_DIGESTS_FILE, buildDigests } from '../core/artifact.js';
import { DEFAULT_RULES_DIR, rulesYamlDigest } from '../inspect/rules/yaml-digest.js';

/** The build root: dist/ (or src/ under tests), one level above this module. */
const BUILD_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Folders (and files) of the build whose code decides a result. */
export const ENGINE_CODE_PATHS = ['inspect', 'emulate', 'unpack', 'engine', 'tree/lifecycle-scripts.js', 'tree/lifecycle-scripts.ts'];

const CODE_FILE = /\.(m?js|cjs|json|wasm|ts)$/;

/** The build's record of the digests (core/artifact.ts), left out of the code digest itself. */
export const ENGINE_CODE_DIGEST_FILE = BUILD_DIGESTS_FILE;
const RECORD = path.relative(BUILD_ROOT, BUILD_DIGESTS_FILE).split(path.sep).join('/');

let codeDigestMemo: string | undefined;
/** sha256 over the engine's code files: the build's record when it has one for this version, else computed. */
export function engineCodeDigest(): string {
  return (codeDigestMemo ??= buildDigests()?.code ?? computeEngineCodeDigest());
}

/** sha256 over the engine's code files (relative path and bytes, in path order), computed now. */
export function computeEngineCodeDigest(root: string = BUILD_ROOT): string {
  const hash = nodeCrypto().createHash('sha256').update(`clawguard ${TOOL_VERSION}\0`);
  for (const rel of ENGINE_CODE_PATHS) digestPath(root, rel, hash);
  return hash.digest('hex');
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

/**
 * How old (by ctime) a file must be for its metadata to stand for its bytes (coarse file-system clocks): the
 * directory records of jobs.ts are kept only for content that has stood still this long.
 */
export const STAT_SETTLED_MS = 2000;

const rulesDigests = new Map<string, string>();
/**
 * The rules digest of `rulesDir` this process works under, taken once (a tree's 300 lookups or a watcher's
 * events do not read the rules again): for the shipped rules of a build, the build's record (see the top of
 * this file); any other directory, and the shipped one under tests, is read and hashed.
 */
export function currentRulesDigest(rulesDir: string = DEFAULT_RULES_DIR): string {
  const key = path.resolve(rulesDir);
  let digest = rulesDigests.get(key);
  if (digest) return digest;
  rulesDigests.set(key, (digest = rulesYamlDigest(key)));
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
