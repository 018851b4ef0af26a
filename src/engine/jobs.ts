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
import { contentDigest, statFingerprint, type ContentDigest } from './content-digest.js';
import { registryManifestPart, resultKey, type TargetKind } from './keys.js';
import { DiskResultCache, type ResultCache } from './result-cache.js';

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

/** Digest a directory and look its result up, without running the engine. */
export function lookupDir(job: Omit<LookupDirJob, 'op' | 'cacheDir'>, cache: ResultCache): DirLookup {
  const digest = contentDigest(job.dir, { skipTopNodeModules: job.excludeNodeModules });
  const manifestPart = job.kind === 'package' ? registryManifestPart(job.registryManifest, job.registryManifest ? readPackageJson(job.dir) : undefined) : null;
  const key = resultKey({ kind: job.kind, packageId: job.packageId, content: digest, excludeNodeModules: job.excludeNodeModules, manifestPart, rulesDir: job.rulesDir });
  const hit = cache.get<EngineResult>(key);
  return hit && Array.isArray(hit.findings) && typeof hit.files === 'number' ? { key, digest, hit } : { key, digest };
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
  if (hit) return { ...hit, cached: true, digest, stable: true };
  const result = await engine({ kind: job.kind, dir: job.dir, packageId: job.packageId, registryManifest: job.registryManifest, excludeNodeModules: job.excludeNodeModules, rulesDir: job.rulesDir });
  const stable = statFingerprint(job.dir, { skipTopNodeModules }) === digest.statPrint;
  if (stable) cache.set(key, result);
  return { ...result, cached: false, digest, stable };
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
