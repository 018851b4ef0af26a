/**
 * The CPU-bound work of the inspection service, the same in a worker thread and in-process: run the engine
 * on a directory, or unpack a verified tarball hardened and inspect what came out. The engine modules (the
 * parsers, the rules) are imported on first use, so a process that only answers from the cache never loads
 * them. Never executes package code.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Finding, LifecycleScript } from '../report/types.js';
import type { UnpackLimits } from '../unpack/unpack-hardened.js';
import { DEFAULT_RULES_DIR } from '../inspect/rules/yaml-digest.js';
import { contentDigest, statFingerprint, viewFingerprint, type ContentDigest, type DirView, type ViewFingerprint } from './content-digest.js';
import { currentRulesDigest, ENGINE_CODE_DIGEST_FILE, engineCodeDigest, STAT_SETTLED_MS } from './engine-digest.js';
import { TOOL_VERSION } from '../core/version.js';
import { registryManifestPart, resultKey, type TargetKind } from './keys.js';
import { DiskResultCache, recordKey, stableJson, type ResultCache } from './result-cache.js';

/** What the cache holds for one directory: the engine's findings before any suppression or placement. */
export interface EngineResult {
  /** `package` set to the package id; no `path` (placed by the caller), no `suppressed`. */
  findings: Finding[];
  /** The engine's lifecycle scripts, `path` left empty (placed by the caller). */
  lifecycleScripts: LifecycleScript[];
  files: number;
  bytes: number;
  /** sha256 of each file a finding is in: what suppressions are pinned to. */
  fileHashes: Record<string, string>;
}

export interface DirJob {
  op: 'dir';
  kind: TargetKind;
  dir: string;
  packageId: string;
  registryManifest?: Record<string, unknown>;
  excludeNodeModules: boolean;
  rulesDir?: string;
  /**
   * Look for, and keep, the directory's stat record (DirRecord): for a directory asked about again at the
   * same path (a skill, a plugin directory), not for a tree's packages, which sit at a new path each time.
   */
  statRecord?: boolean;
}

/**
 * A directory looked up in the shared cache first, digested where the job runs (a worker, for large
 * batches: the hashing is spread over the threads too), the engine only on a miss.
 */
export interface CachedDirJob extends Omit<DirJob, 'op'> {
  op: 'cached-dir';
  cacheDir?: string;
  /** The lookup already made (a batch looks every directory up first): not digested again, the engine runs. */
  known?: DirLookup;
}

/** Digest and look up only (a batch's first pass): the result on a hit, what the engine run needs on a miss. */
export interface LookupDirJob extends Omit<DirJob, 'op'> {
  op: 'lookup-dir';
  cacheDir?: string;
}

/** What a lookup found: the key and digest a later engine run is remembered under, and the result on a hit. */
export interface DirLookup {
  key: string;
  digest: ContentDigest;
  hit?: EngineResult;
}

/** The result for a directory, and how it was obtained. */
export interface CachedDirOutcome extends EngineResult {
  /** The result's key (keys.ts `resultKey`): what a stat record of this content points at. */
  key: string;
  cached: boolean;
  digest: ContentDigest;
  /** False when the directory changed while the engine read it: the result was not cached. */
  stable: boolean;
}

export interface TarballJob {
  op: 'tarball';
  tarball: Uint8Array;
  /** Scratch directory to unpack into; removed afterwards. */
  dir: string;
  packageId: string;
  registryManifest: Record<string, unknown>;
  unpackLimits: Partial<UnpackLimits>;
  /** The result cache (workers open their own handle on the same directory). */
  cacheDir?: string;
  rulesDir?: string;
}

export interface TarballOutcome {
  /** Key of the content's result (shared with every other caller). */
  resultKey: string;
  /** Content digest as npm will install the bytes: the installed copy must match it. */
  installedDigest: string;
  /** Findings about the archive itself (links, modes), `package` set, no `path`. */
  unpackFindings: Finding[];
  /** Every command npm would run installing the package (src/tree/lifecycle-scripts.ts), `path` empty. */
  lifecycleScripts: LifecycleScript[];
  result: EngineResult;
  /** The content's result came from the cache (another caller inspected these bytes): the engine did not run. */
  resultCached: boolean;
}

export type Job = DirJob | CachedDirJob | LookupDirJob | TarballJob;

export async function runJob(job: Job): Promise<EngineResult | TarballOutcome | CachedDirOutcome | DirLookup> {
  if (job.op === 'dir') return runEngine(job);
  if (job.op === 'cached-dir') return inspectDirCached(job, new DiskResultCache(job.cacheDir, 0), runEngine, job.known);
  if (job.op === 'lookup-dir') return lookupDir(job, new DiskResultCache(job.cacheDir, 0));
  return unpackAndInspect(job);
}

/**
 * A directory's stat record: the result key its bytes had, with the metadata of every entry (path, size,
 * mtime, ctime, inode; a link's target) taken before they were read, under the engine code and rules digest
 * in force. While a fresh stat of the directory gives exactly those lines under the same engine and rules,
 * the bytes are the ones the key was computed from: a repeat `skills scan` or policy request reads and
 * hashes nothing (and loads no node:crypto). Any write moves a ctime (which no user can set back), so it is
 * a miss; as git's index (and the rules record, engine-digest.ts), a record is kept only once every entry's
 * times are STAT_SETTLED_MS old, so a write within the clock's granularity of the stat cannot hide.
 * Not for a directory judged against a registry manifest (that comparison reads package.json).
 *
 * A record of a VIEW (content-digest.ts `DirView`) stands for a directory a caller copies before it inspects
 * the copy (`plugins inspect` of a local plugin directory): its stats are the view's fingerprint of the
 * original, its key and digest the copy's, and it carries what the caller derived from that copy besides the
 * engine's result (`derived`: the package's name, the copy's findings, its validation, its plan), under the
 * caller's `context` (everything else its answer read: limits, npm settings) and the build that derived it.
 * A repeat of the same view under the same context and build is answered from the record and the result it
 * points at: no copy, no digest, no engine.
 */
interface DirRecord {
  kind: 'dir-stat';
  /** What the record stands for (checked on every read: its location is a non-cryptographic hash). */
  target: DirRecordTarget;
  code: string;
  rules: string;
  stats: string;
  key: string;
  digest: Omit<ContentDigest, 'statPrint'>;
  /** A view's record: the caller's context (stable JSON) and the build of clawguard that derived `derived`. */
  context?: string;
  build?: string;
  derived?: unknown;
}

interface DirRecordTarget {
  dir: string;
  kind: TargetKind;
  packageId: string;
  excludeNodeModules: boolean;
  rulesDir: string;
  view?: DirView;
}

const recordTarget = (job: Omit<LookupDirJob, 'op' | 'cacheDir'>): DirRecordTarget => ({
  dir: path.resolve(job.dir),
  kind: job.kind,
  packageId: job.packageId,
  excludeNodeModules: job.excludeNodeModules,
  rulesDir: path.resolve(job.rulesDir ?? DEFAULT_RULES_DIR),
});

const sameTarget = (a: DirRecordTarget, b: DirRecordTarget) =>
  a.dir === b.dir && a.kind === b.kind && a.packageId === b.packageId && a.excludeNodeModules === b.excludeNodeModules && a.rulesDir === b.rulesDir && a.view === b.view;

function recordedLookup(job: Omit<LookupDirJob, 'op' | 'cacheDir'>, cache: ResultCache): DirLookup | undefined {
  if (!job.statRecord || !cache.dir || job.registryManifest) return undefined;
  const target = recordTarget(job);
  const record = cache.get<DirRecord>(recordKey(['dir-stat', target]));
  if (!record || record.kind !== 'dir-stat' || !record.target || !sameTarget(record.target, target) || typeof record.stats !== 'string') return undefined;
  if (record.code !== engineCodeDigest() || record.rules !== currentRulesDigest(target.rulesDir)) return undefined;
  let now: string;
  try {
    now = statFingerprint(job.dir, { skipTopNodeModules: job.excludeNodeModules });
  } catch {
    return undefined;
  }
  if (now !== record.stats) return undefined;
  const hit = cache.get<EngineResult>(record.key);
  if (!isResult(hit)) return undefined;
  return { key: record.key, digest: { ...record.digest, statPrint: record.stats }, hit };
}

/** A copied directory (a view of it, see DirRecord) as one caller asks about it: the record's identity and context. */
export interface ViewQuery {
  dir: string;
  view: DirView;
  /** Everything besides the content that decided the caller's `derived` (compared as stable JSON). */
  context: unknown;
  rulesDir?: string;
}

/** A view's record found current: the copy's result, key and digest, and what the caller derived from it. */
export interface RecordedView<T> {
  key: string;
  digest: ContentDigest;
  result: EngineResult;
  derived: T;
}

const viewTarget = (q: ViewQuery): DirRecordTarget => ({
  dir: path.resolve(q.dir),
  kind: 'package',
  packageId: '',
  excludeNodeModules: false,
  rulesDir: path.resolve(q.rulesDir ?? DEFAULT_RULES_DIR),
  view: q.view,
});

let buildMemo: string | undefined;
/**
 * The build of clawguard this process runs, for what a caller derives outside the engine (not covered by the
 * engine code digest): its version and the metadata of the build's code-digest record, written anew by every
 * build (none under tests: the version alone).
 */
function buildIdentity(): string {
  if (buildMemo === undefined) {
    const st = fs.statSync(ENGINE_CODE_DIGEST_FILE, { throwIfNoEntry: false });
    buildMemo = `${TOOL_VERSION}\0${st ? `${st.size}\0${st.mtimeMs}\0${st.ctimeMs}\0${st.ino}` : ''}`;
  }
  return buildMemo;
}

/**
 * The record of a view of `q.dir` when it is current: same engine and rules, same context and build, and the
 * view's fingerprint now exactly the one recorded. Else undefined (the caller copies and inspects).
 */
export function recordedView<T>(q: ViewQuery, cache: ResultCache): RecordedView<T> | undefined {
  if (!cache.dir) return undefined;
  const target = viewTarget(q);
  const record = cache.get<DirRecord>(recordKey(['dir-stat', target]));
  if (!record || record.kind !== 'dir-stat' || !record.target || !sameTarget(record.target, target) || typeof record.stats !== 'string' || record.derived === undefined) return undefined;
  if (record.context !== stableJson(q.context) || record.build !== buildIdentity()) return undefined;
  if (record.code !== engineCodeDigest() || record.rules !== currentRulesDigest(target.rulesDir)) return undefined;
  let now: string;
  try {
    now = viewFingerprint(q.dir, q.view).print;
  } catch {
    return undefined;
  }
  if (now !== record.stats) return undefined;
  const result = cache.get<EngineResult>(record.key);
  if (!isResult(result)) return undefined;
  return { key: record.key, digest: { ...record.digest, statPrint: '' }, result, derived: record.derived as T };
}

/**
 * Remember what a copy of `q.dir` gave (the copy's result key and digest, and the caller's `derived`) under the
 * view's fingerprint of the original taken BEFORE it was copied (`before`), only when the original had stood
 * still STAT_SETTLED_MS by then and its fingerprint is the same now (nothing written while it was copied).
 * Returns whether it was remembered.
 */
export function rememberView(q: ViewQuery, cache: ResultCache, before: ViewFingerprint, key: string, digest: ContentDigest, derived: unknown): boolean {
  if (!cache.dir || !(before.newestMs < before.takenMs - STAT_SETTLED_MS)) return false;
  try {
    if (viewFingerprint(q.dir, q.view).print !== before.print) return false;
  } catch {
    return false;
  }
  const target = viewTarget(q);
  const { statPrint: _copyPrint, ...rest } = digest;
  const record: DirRecord = {
    kind: 'dir-stat',
    target,
    code: engineCodeDigest(),
    rules: currentRulesDigest(target.rulesDir),
    stats: before.print,
    key,
    digest: rest,
    context: stableJson(q.context),
    build: buildIdentity(),
    derived,
  };
  cache.set(recordKey(['dir-stat', target]), record);
  return true;
}

/** Remember a directory's key by its metadata (see DirRecord) when its content had stood still long enough. */
function rememberDir(job: Omit<LookupDirJob, 'op' | 'cacheDir'>, cache: ResultCache, key: string, digest: ContentDigest): void {
  // Settled when the metadata was taken, not now: a directory unpacked a moment before (a staging copy the
  // engine then took seconds over) gets no record, and would never be asked about at that path again.
  if (!job.statRecord || !cache.dir || job.registryManifest || !(digest.statNewestMs < digest.statTakenMs - STAT_SETTLED_MS)) return;
  const target = recordTarget(job);
  const { statPrint, ...rest } = digest;
  const record: DirRecord = { kind: 'dir-stat', target, code: engineCodeDigest(), rules: currentRulesDigest(target.rulesDir), stats: statPrint, key, digest: rest };
  cache.set(recordKey(['dir-stat', target]), record);
}

const isResult = (value: EngineResult | undefined): value is EngineResult => !!value && Array.isArray(value.findings) && typeof value.files === 'number';

/** Digest a directory and look its result up, without running the engine. */
export function lookupDir(job: Omit<LookupDirJob, 'op' | 'cacheDir'>, cache: ResultCache): DirLookup {
  const recorded = recordedLookup(job, cache);
  if (recorded) return recorded;
  const digest = contentDigest(job.dir, { skipTopNodeModules: job.excludeNodeModules });
  const manifestPart = job.kind === 'package' ? registryManifestPart(job.registryManifest, job.registryManifest ? readPackageJson(job.dir) : undefined) : null;
  const key = resultKey({ kind: job.kind, packageId: job.packageId, content: digest, excludeNodeModules: job.excludeNodeModules, manifestPart, rulesDir: job.rulesDir });
  const hit = cache.get<EngineResult>(key);
  if (!isResult(hit)) return { key, digest };
  rememberDir(job, cache, key, digest);
  return { key, digest, hit };
}

/**
 * Digest, look up, inspect on a miss, remember. The result is remembered only under the content it was
 * computed from: a directory written since it was digested (its stat fingerprint changed, whether before or
 * while the engine read it) is not. `known` is a lookup made earlier (a batch's first pass): it is not
 * repeated, and the fingerprint it took is the one compared.
 */
export async function inspectDirCached(
  job: Omit<CachedDirJob, 'op' | 'cacheDir' | 'known'>,
  cache: ResultCache,
  engine: (job: Omit<DirJob, 'op'>) => Promise<EngineResult>,
  known?: DirLookup,
): Promise<CachedDirOutcome> {
  const skipTopNodeModules = job.excludeNodeModules;
  const { key, digest, hit } = known ?? lookupDir(job, cache);
  if (hit) return { ...hit, key, cached: true, digest, stable: true };
  const result = await engine({ kind: job.kind, dir: job.dir, packageId: job.packageId, registryManifest: job.registryManifest, excludeNodeModules: job.excludeNodeModules, rulesDir: job.rulesDir });
  const stable = statFingerprint(job.dir, { skipTopNodeModules }) === digest.statPrint;
  if (stable) {
    cache.set(key, result);
    rememberDir(job, cache, key, digest);
  }
  return { ...result, key, cached: false, digest, stable };
}

export async function runEngine(job: Omit<DirJob, 'op'>): Promise<EngineResult> {
  const engine = await import('../inspect/index.js');
  const options = { packageId: job.packageId, rulesDir: job.rulesDir };
  const inspection =
    job.kind === 'package'
      ? await engine.inspectPackageDir(job.dir, { ...options, registryManifest: job.registryManifest, excludeNodeModules: job.excludeNodeModules })
      : await engine.inspectSkillDir(job.dir, options);
  const fileHashes: Record<string, string> = {};
  for (const f of inspection.findings) if (f.file && inspection.fileHashes[f.file]) fileHashes[f.file] = inspection.fileHashes[f.file];
  return {
    findings: inspection.findings.map(({ path: _depPath, suppressed: _suppressed, ...f }) => f),
    lifecycleScripts: inspection.lifecycleScripts.map((s) => ({ ...s, path: '' })),
    files: inspection.files,
    bytes: inspection.bytes,
    fileHashes,
  };
}

export function readPackageJson(dir: string): Record<string, unknown> | undefined {
  try {
    const file = path.join(dir, 'package.json');
    if (fs.statSync(file).size > 1024 * 1024) return undefined;
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    return pkg && typeof pkg === 'object' && !Array.isArray(pkg) ? (pkg as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Unpack (hardened) into scratch space, digest, look the content up in the shared cache, inspect on a miss.
 * The unpacked copy is removed afterwards: the digest is all the install check needs, and a large tree
 * would otherwise sit on disk twice.
 */
async function unpackAndInspect(job: TarballJob): Promise<TarballOutcome> {
  const [{ unpackHardened }, { findingsFromUnpackEvents }, { lifecycleScriptsOf }] = await Promise.all([
    import('../unpack/unpack-hardened.js'),
    import('../unpack/events.js'),
    import('../tree/lifecycle-scripts.js'),
  ]);
  fs.mkdirSync(job.dir, { recursive: true, mode: 0o700 });
  try {
    const unpacked = await unpackHardened(Buffer.from(job.tarball.buffer, job.tarball.byteOffset, job.tarball.byteLength), job.dir, job.unpackLimits);
    const manifest = JSON.parse(fs.readFileSync(path.join(job.dir, 'package.json'), 'utf8')) as { scripts?: Record<string, unknown>; gypfile?: unknown };
    const content: ContentDigest = contentDigest(job.dir, { skipTopNodeModules: false });
    const packageJson = readPackageJson(job.dir);
    const key = resultKey({ kind: 'package', packageId: job.packageId, content, excludeNodeModules: false, manifestPart: registryManifestPart(job.registryManifest, packageJson), rulesDir: job.rulesDir });
    const cache = new DiskResultCache(job.cacheDir, 0);
    let result = cache.get<EngineResult>(key);
    const resultCached = result !== undefined;
    if (!result) {
      result = await runEngine({ kind: 'package', dir: job.dir, packageId: job.packageId, registryManifest: job.registryManifest, excludeNodeModules: false, rulesDir: job.rulesDir });
      cache.set(key, result);
    }
    return {
      resultKey: key,
      installedDigest: content.installedSha256,
      unpackFindings: findingsFromUnpackEvents(unpacked.events, job.packageId).map(({ path: _p, ...f }) => ({ ...f, package: f.package ?? job.packageId })),
      lifecycleScripts: lifecycleScriptsOf(job.dir, manifest, job.packageId, ''),
      result,
      resultCached,
    };
  } finally {
    fs.rmSync(job.dir, { recursive: true, force: true });
  }
}
