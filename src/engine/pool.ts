/**
 * The engine's worker threads, for every caller. The engine is synchronous CPU work (gunzip, parsing every
 * JS file), so a large tree only gets the machine's other cores through threads; a small one is not worth
 * starting them (each thread loads the engine: parsers and rules). Threads start on the first job that is
 * not a cache hit, are unref'd (they never keep a process alive after it has answered), and a thread that
 * dies fails only its own job.
 *
 * How many (decided here, once; CLAWGUARD_INSPECT_WORKERS=n overrides, 0 = in-process):
 *   - fewer than 2 jobs expected: none;
 *   - 4+ cores: cores - 1, at most 4 (the main thread keeps the network and the hashing going);
 *   - fewer cores: one thread per core, and only for 100+ jobs. A batch that large digests and looks up
 *     on the threads too, so the main thread only hands out work and keeps the policy's deadline
 *     watchdog on time; the engine itself never runs there. Measured on 2 cores (bench/policy, OpenClaw's
 *     331-package tree): one thread left a core idle for the whole cold run (155 s wall for 123 s of
 *     CPU); an engine thread now costs ~2 s of CPU to load (the Ruby grammar no longer tiers up, see
 *     src/inspect/lang/runtime.ts), not the ~20 s that once made a second thread a loss. Trees of 2-99
 *     packages stay in-process: on a loaded 2-core machine trees of 44-149 packages measured faster so.
 * Running from src/ (tests) there is no built worker script: everything runs in-process.
 */
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type * as WorkerThreads from 'node:worker_threads';
// node:worker_threads loads with the first thread, not with the module: a cache hit starts none (~6 ms a process).
type Worker = WorkerThreads.Worker;
const Worker = function (...args: ConstructorParameters<typeof WorkerThreads.Worker>) {
  return new (process.getBuiltinModule('node:worker_threads').Worker)(...args);
} as unknown as typeof WorkerThreads.Worker;
import { ClawguardError, type ExitClass } from '../core/errors.js';
import { runJob, type Job } from './jobs.js';

type WorkerReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: { message: string; stack?: string; clawguard?: { code: string; exitClass: ExitClass; hint?: string; detail?: Record<string, unknown> } } };

interface Pending {
  resolve(result: unknown): void;
  reject(err: unknown): void;
  worker?: Worker;
  /** The job, kept while it runs: a thread that dies under it hands it to a fresh thread once. */
  job?: Job;
  retried?: boolean;
}

const WORKER_SCRIPT = new URL('./worker.js', import.meta.url);

export const MIN_JOBS_FOR_THREADS_ON_FEW_CORES = 100;

export function threadsFor(expectedJobs: number, env: NodeJS.ProcessEnv = process.env, cores: number = availableCores()): number {
  const configured = env.CLAWGUARD_INSPECT_WORKERS;
  if (configured !== undefined && /^\d+$/.test(configured)) return Math.min(Number(configured), 16);
  if (expectedJobs < 2) return 0;
  if (cores >= 4) return Math.min(cores - 1, 4);
  return expectedJobs >= MIN_JOBS_FOR_THREADS_ON_FEW_CORES ? Math.max(1, cores) : 0;
}

function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

export class EnginePool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ job: Job; pending: Pending }> = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  started = false;
  private closing = false;
  private respawns = 0;
  readonly size: number;

  /** `script`: the thread's entry (the tests give one of their own to kill threads on purpose). */
  constructor(
    size: number,
    private readonly script: URL = WORKER_SCRIPT,
  ) {
    this.size = size > 0 && !fs.existsSync(fileURLToPath(script)) ? 0 : size;
  }

  run<T>(job: Job): Promise<T> {
    if (this.size === 0) return runJob(job) as Promise<T>;
    this.start();
    if (this.workers.length === 0) return Promise.reject(new Error('no inspection thread is left: every one died at start'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ job, pending: { resolve: resolve as (r: unknown) => void, reject } });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    for (let i = 0; i < this.size; i++) this.spawn();
  }

  private spawn(): void {
    const heap = threadHeapMb();
    const worker = new Worker(this.script, heap ? { resourceLimits: { maxOldGenerationSizeMb: heap } } : undefined);
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.settle(worker, reply));
    worker.on('error', (err) => this.fail(worker, err));
    worker.on('exit', () => this.fail(worker, new Error('inspection thread exited')));
    this.workers.push(worker);
    this.idle.push(worker);
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const { job, pending } = this.queue.shift()!;
      const id = this.nextId++;
      this.pending.set(id, { ...pending, worker, job });
      worker.postMessage({ id, job });
    }
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    this.idle.push(worker);
    if (pending) {
      if (reply.ok) pending.resolve(reply.result);
      else {
        const c = reply.error.clawguard;
        const err = c ? new ClawguardError(c.code, c.exitClass, reply.error.message, { hint: c.hint, detail: c.detail }) : new Error(reply.error.message);
        if (!c && reply.error.stack) err.stack = reply.error.stack;
        pending.reject(err);
      }
    }
    this.dispatch();
  }

  /**
   * A thread died (out of its heap, or crashed): a fresh one takes its place, and the job it was running goes
   * to a fresh thread once (a heap the earlier jobs left full is not the job's fault); a job that kills a
   * second thread fails alone, with an error naming why.
   */
  private fail(worker: Worker, err: Error): void {
    const w = this.workers.indexOf(worker);
    if (w < 0) return; // 'error' and then 'exit' for the same thread
    this.workers.splice(w, 1);
    const i = this.idle.indexOf(worker);
    if (i >= 0) this.idle.splice(i, 1);
    const reason = threadDeath(err);
    for (const [id, p] of this.pending)
      if (p.worker === worker) {
        this.pending.delete(id);
        if (p.job && !p.retried && !this.closing) this.queue.unshift({ job: p.job, pending: { resolve: p.resolve, reject: p.reject, retried: true } });
        else p.reject(reason);
      }
    // (a thread that dies at every start, a broken build, is not replaced for ever: a few replacements per thread)
    if (!this.closing && this.respawns++ < this.size * MAX_REPLACEMENTS_PER_THREAD) this.spawn();
    else if (this.workers.length === 0) for (const q of this.queue.splice(0)) q.pending.reject(reason);
    this.dispatch();
  }
}

/** How many times, per thread of the pool, a thread that died is replaced. */
const MAX_REPLACEMENTS_PER_THREAD = 4;

/**
 * Old-generation heap of an engine thread, in MiB: 0 (V8's default) unless CLAWGUARD_THREAD_HEAP_MB=n asks for a
 * limit. Off by default: on Node 24 a thread that reaches its limit while the heap it keeps is large can abort the
 * whole process ("Reached heap limit", measured in the pool's test) instead of ending the thread, and an answer lost
 * that way is worse than the memory saved (OpenClaw's tree at 256 MiB: 981 -> 757 MiB peak RSS, docs/benchmarks.md).
 */
export const THREAD_HEAP_MB = 0;

function threadHeapMb(env: NodeJS.ProcessEnv = process.env): number {
  const configured = env.CLAWGUARD_THREAD_HEAP_MB;
  return configured !== undefined && /^\d+$/.test(configured) ? Number(configured) : THREAD_HEAP_MB;
}

function threadDeath(err: Error): Error {
  if ((err as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') return err;
  return new ClawguardError('ENGINE_OUT_OF_MEMORY', 'operational', `inspection ran out of memory: the engine thread's heap limit (${threadHeapMb()} MiB) was reached twice on this item`, {
    hint: 'raise the limit with CLAWGUARD_THREAD_HEAP_MB=<MiB> (0 lifts it), or inspect this package on its own',
  });
}
