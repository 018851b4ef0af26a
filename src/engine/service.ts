/**
 * The inspection service: the one way every caller (install and update through src/tree and src/install,
 * OpenClaw's policy hook, `skills scan` and the watcher, adopt, audit) gets the engine's verdict on a
 * directory or a verified tarball. It owns the result cache (result-cache.ts), its keys (keys.ts), the
 * content digest (content-digest.ts), the engine + rules digest (engine-digest.ts) and the worker pool
 * (pool.ts). A caller keeps only what is its own: its protocol, its placement of findings, its output.
 *
 * Results come back as the engine said them about the content: findings carry `package`, never a
 * dependency path or suppression; the caller places them (`path`, a file prefix) and applies the
 * operator's suppressions after every lookup, so a withdrawn suppression takes effect at once.
 */
import type { Finding, LifecycleScript } from '../report/types.js';
import type { UnpackLimits } from '../unpack/unpack-hardened.js';
import { sha512Of, viewFingerprint, type ContentDigest, type DirView, type ViewFingerprint } from './content-digest.js';
import { inspectDirCached, lookupDir, recordedView, rememberView, type DirLookup, type EngineResult, type RecordedView, type TarballOutcome } from './jobs.js';
import { tarballKey, type TargetKind } from './keys.js';
import { EnginePool, MIN_JOBS_FOR_THREADS_ON_FEW_CORES, threadsFor } from './pool.js';
import { DiskResultCache, resultCacheDir, type ResultCache } from './result-cache.js';

export interface ServiceOptions {
  /** Result-cache directory; default: resultCacheDir(env) (see result-cache.ts). `null` turns it off. */
  cacheDir?: string | null;
  env?: NodeJS.ProcessEnv;
  /** A rules directory other than the shipped rules/ (tests, custom rule sets). */
  rulesDir?: string;
  /** How many jobs the caller is about to submit: sizes the pool (pool.ts). Default 1 (in-process). */
  expectedJobs?: number;
}

export interface DirInspectOptions {
  /** `name@version` (skills: the skill name), written on every finding and part of the key. */
  packageId: string;
  /** The registry's manifest of this version (manifest-confusion checks). */
  registryManifest?: Record<string, unknown>;
  /** Leave a top-level node_modules/ out (a tree whose dependencies are inspected one by one). */
  excludeNodeModules?: boolean;
}

export interface DirInspection extends EngineResult {
  /** The result's key in the cache (keys.ts `resultKey`). */
  key: string;
  cached: boolean;
  digest: ContentDigest;
  /**
   * False when the directory changed while the engine read it (its digest after differs from before): the
   * result was not cached, since it belongs to no single content. A caller may inspect again.
   */
  stable: boolean;
  /** A batch's engine run (`inspectDirs`, a miss): its wall time on its thread, in ms. */
  engineMs?: number;
}

/** One directory of a batch (`inspectDirs`). */
export interface DirBatchItem extends DirInspectOptions {
  kind: TargetKind;
  dir: string;
}

export interface DirBatchOptions {
  /**
   * Asked before each piece of work is handed out (`done` of `total` directories have their result). A
   * throw stops the batch: nothing more starts, `inspectDirs` rejects with it at once and `each` is not
   * called again. What is already running finishes on its thread and is cached (if the process lives).
   */
  beforeEach?(done: number, total: number): void;
}

export interface TarballJobInput {
  tarball: Uint8Array;
  dir: string;
  packageId: string;
  registryManifest: Record<string, unknown>;
  unpackLimits?: Partial<UnpackLimits>;
}

/** What inspecting a tarball gave, before placement (no `path` on findings or scripts). */
export interface TarballInspection {
  /** Content digest of the bytes as npm installs them: the installed copy must match it. */
  digest: string;
  findings: Finding[];
  lifecycleScripts: LifecycleScript[];
  files: number;
  bytes: number;
  fileHashes: Record<string, string>;
  /** The engine did not run: the tarball, or its content, was inspected before (by any caller). */
  cached: boolean;
}

interface TarballAlias {
  resultKey: string;
  installedDigest: string;
  unpackFindings: Finding[];
  lifecycleScripts: LifecycleScript[];
}

export class InspectionService {
  readonly cache: ResultCache;
  private readonly rulesDir?: string;
  private pool: EnginePool;
  private expectedJobs: number;
  private readonly env: NodeJS.ProcessEnv;

  constructor(options: ServiceOptions = {}) {
    const dir = options.cacheDir === null ? undefined : (options.cacheDir ?? resultCacheDir(options.env ?? process.env));
    this.cache = new DiskResultCache(dir);
    this.rulesDir = options.rulesDir;
    this.env = options.env ?? process.env;
    this.expectedJobs = options.expectedJobs ?? 1;
    this.pool = new EnginePool(threadsFor(this.expectedJobs, this.env));
  }

  /** The caller is about to submit `jobs` more: size the pool for them (before any thread has started). */
  expect(jobs: number): void {
    this.expectedJobs = Math.max(this.expectedJobs, jobs);
    const size = threadsFor(jobs, this.env);
    if (!this.pool.started && size > this.pool.size) this.pool = new EnginePool(size);
  }

  /** Is there a disk cache (results survive this process)? */
  get cacheEnabled(): boolean {
    return this.cache.dir !== undefined;
  }

  /**
   * The engine's result for a package or skill directory: from the cache when these exact bytes were
   * inspected before (by any caller), else inspected now and remembered. An engine error is thrown and
   * never cached (a transient EMFILE must not stick to the bytes).
   */
  async inspectDir(kind: TargetKind, dir: string, options: DirInspectOptions): Promise<DirInspection> {
    const job = {
      kind,
      dir,
      packageId: options.packageId,
      registryManifest: options.registryManifest,
      excludeNodeModules: kind === 'package' && (options.excludeNodeModules ?? false),
      rulesDir: this.rulesDir,
      // One directory asked about by path (a skill, a plugin directory): likely asked again at that path.
      statRecord: true,
    };
    // A large batch on threads: each thread digests and looks up its own share (a warm 300-package tree
    // hashes on every core). Otherwise here, the engine going to the pool (or this thread) on a miss.
    if (this.pool.size > 0 && this.expectedJobs >= MIN_JOBS_FOR_THREADS_ON_FEW_CORES) {
      return this.pool.run<DirInspection>({ op: 'cached-dir', ...job, cacheDir: this.cache.dir });
    }
    return inspectDirCached(job, this.cache, (j) => this.pool.run<EngineResult>({ op: 'dir', ...j }));
  }

  /**
   * A directory the caller copies before inspecting the copy (`plugins inspect` of a local plugin directory),
   * asked about again: its stat record (jobs.ts `DirRecord`, of the view `view`) when nothing in the view of it
   * changed since, under the same context, engine, rules and build. Reads no file of it, hashes nothing.
   */
  recordedView<T>(dir: string, view: DirView, context: unknown): RecordedView<T> | undefined {
    return recordedView<T>({ dir, view, context, rulesDir: this.rulesDir }, this.cache);
  }

  /** The view's fingerprint of a directory, taken before the caller copies it (for `rememberView`). */
  viewFingerprint(dir: string, view: DirView): ViewFingerprint {
    return viewFingerprint(dir, view);
  }

  /**
   * Remember what the copy of `dir` gave (`inspection` of the copy, and what the caller derived from it) by the
   * view's fingerprint `before` of the original (see jobs.ts `rememberView`: only a settled original, unchanged
   * since `before`). Only a result that belongs to one content (`inspection.stable`).
   */
  rememberView(dir: string, view: DirView, context: unknown, before: ViewFingerprint, inspection: DirInspection, derived: unknown): boolean {
    if (!inspection.stable) return false;
    return rememberView({ dir, view, context, rulesDir: this.rulesDir }, this.cache, before, inspection.key, inspection.digest, derived);
  }

  /**
   * Many directories (a dependency tree), each with `inspectDir`'s semantics, scheduled for the shortest
   * wall time. First every directory is digested and looked up (on the threads for a large batch: a warm
   * tree is hashed on every core); then the engine runs on the misses, LARGEST FIRST by bytes. A tree's
   * cost is dominated by a few big packages (OpenClaw's own: one package of 284 MiB is a third of the
   * engine's CPU on its 331-package tree), and the engine cannot split one package over threads: started
   * last, the biggest would run alone while the other cores idle. Exactly one job per thread is in flight
   * (in-process: one at a time), so the order is decided when a thread frees, nothing queues up behind a
   * long job, and `beforeEach` can stop the batch between any two jobs.
   *
   * `each(index, result)` is called as results arrive, in any order; an engine error comes as an Error for
   * that item (never cached). Resolves when every item has had its call.
   */
  inspectDirs(items: readonly DirBatchItem[], each: (index: number, result: DirInspection | Error) => void, options: DirBatchOptions = {}): Promise<void> {
    this.expect(items.length);
    const jobs = items.map((item) => ({
      kind: item.kind,
      dir: item.dir,
      packageId: item.packageId,
      registryManifest: item.registryManifest,
      excludeNodeModules: item.kind === 'package' && (item.excludeNodeModules ?? false),
      rulesDir: this.rulesDir,
    }));
    const lookupsOnThreads = this.pool.size > 0 && this.expectedJobs >= MIN_JOBS_FOR_THREADS_ON_FEW_CORES;
    const slots = Math.max(1, this.pool.size);
    const lookup = (i: number): Promise<DirLookup> =>
      lookupsOnThreads ? this.pool.run<DirLookup>({ op: 'lookup-dir', ...jobs[i], cacheDir: this.cache.dir }) : Promise.resolve().then(() => lookupDir(jobs[i], this.cache));
    const engine = (i: number, known: DirLookup): Promise<DirInspection> =>
      this.pool.size > 0
        ? this.pool.run<DirInspection>({ op: 'cached-dir', ...jobs[i], cacheDir: this.cache.dir, known: { key: known.key, digest: known.digest } })
        : inspectDirCached(jobs[i], this.cache, (j) => this.pool.run<EngineResult>({ op: 'dir', ...j }), known);
    // Misses waiting for the engine, largest first (ties: tree order, so a run is reproducible).
    const misses: Array<{ index: number; known: DirLookup }> = [];
    const byBytes = (a: { index: number; known: DirLookup }, b: { index: number; known: DirLookup }) => b.known.digest.bytes - a.known.digest.bytes || a.index - b.index;
    let nextLookup = 0;
    let running = 0;
    let done = 0;
    let stopped = false;
    return new Promise<void>((resolve, reject) => {
      const stop = (err: unknown) => {
        stopped = true;
        reject(err);
      };
      const finish = (index: number, result: DirInspection | Error) => {
        running--;
        if (stopped) return;
        done++;
        try {
          each(index, result);
        } catch (err) {
          stop(err);
          return;
        }
        pump();
      };
      const pump = () => {
        while (!stopped && running < slots && (nextLookup < jobs.length || misses.length > 0)) {
          try {
            options.beforeEach?.(done, jobs.length);
          } catch (err) {
            stop(err);
            return;
          }
          running++;
          if (nextLookup < jobs.length) {
            const index = nextLookup++;
            lookup(index).then(
              (known) => {
                if (known.hit) return finish(index, { ...known.hit, key: known.key, cached: true, digest: known.digest, stable: true });
                running--;
                if (stopped) return;
                misses.push({ index, known });
                misses.sort(byBytes);
                pump();
              },
              (err: unknown) => finish(index, asError(err)),
            );
          } else {
            const { index, known } = misses.shift()!;
            const t0 = Date.now();
            engine(index, known).then(
              (result) => finish(index, { ...result, engineMs: Date.now() - t0 }),
              (err: unknown) => finish(index, asError(err)),
            );
          }
        }
        if (!stopped && running === 0 && nextLookup >= jobs.length && misses.length === 0) resolve();
      };
      pump();
    });
  }

  /**
   * Unpack a verified tarball hardened into `dir` (removed afterwards) and inspect it. The tarball's sha512
   * (of the bytes in hand, never from metadata) leads to what unpacking it gave before, and from there to
   * the content's result, which every caller shares: a hit costs neither the unpack nor the engine.
   */
  async inspectTarball(input: TarballJobInput): Promise<TarballInspection> {
    const unpackLimits = input.unpackLimits ?? {};
    const aliasKey = tarballKey({ sha512: sha512Of(input.tarball), packageId: input.packageId, unpackLimits, registryManifest: input.registryManifest, rulesDir: this.rulesDir });
    const alias = this.cache.get<TarballAlias>(aliasKey);
    const aliased = alias && typeof alias.resultKey === 'string' ? this.cache.get<EngineResult>(alias.resultKey) : undefined;
    if (alias && aliased && Array.isArray(aliased.findings)) return merge(alias, aliased, true);
    const outcome = await this.pool.run<TarballOutcome>({
      op: 'tarball',
      tarball: input.tarball,
      dir: input.dir,
      packageId: input.packageId,
      registryManifest: input.registryManifest,
      unpackLimits,
      cacheDir: this.cache.dir,
      rulesDir: this.rulesDir,
    });
    const record: TarballAlias = { resultKey: outcome.resultKey, installedDigest: outcome.installedDigest, unpackFindings: outcome.unpackFindings, lifecycleScripts: outcome.lifecycleScripts };
    this.cache.set(outcome.resultKey, outcome.result);
    this.cache.set(aliasKey, record);
    return merge(record, outcome.result, outcome.resultCached);
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

function merge(alias: TarballAlias, result: EngineResult, cached: boolean): TarballInspection {
  return {
    digest: alias.installedDigest,
    findings: [...alias.unpackFindings, ...result.findings],
    lifecycleScripts: alias.lifecycleScripts,
    files: result.files,
    bytes: result.bytes,
    fileHashes: result.fileHashes,
    cached,
  };
}

/** Findings placed for a caller: the dependency path on each (the cache holds none). */
export function withDepPath<T extends { path?: string }>(items: readonly T[], depPath: string | undefined): T[] {
  return items.map((f) => {
    const out = { ...f };
    if (depPath) out.path = depPath;
    else delete out.path;
    return out;
  });
}
