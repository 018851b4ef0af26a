/**
 * A small pool of engine threads for large dependency trees, so OpenClaw's timeout is spent on all cores.
 * Threads are unref'd (they never keep the policy alive after it has answered) and a thread that dies takes
 * only its own job down: that job's error becomes a blocking finding upstream, like any engine failure.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Finding } from '../../report/types.js';
import type { WorkerJob, WorkerReply } from './inspect-worker.js';

export interface EngineResult {
  findings: Finding[];
  files: number;
  bytes: number;
  fileHashes: Record<string, string>;
}

/**
 * Below this many packages a thread's start-up (each loads the engine and every rule, ~0.7 s of CPU) costs
 * more than it saves: measured, a 24-package tree took 1.1 s in-thread and 5.8 s with two threads.
 */
export const MIN_PACKAGES_FOR_THREADS = 100;

export class EnginePool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ job: WorkerJob; resolve: (r: EngineResult) => void; reject: (e: Error) => void }> = [];
  private readonly pending = new Map<number, { resolve: (r: EngineResult) => void; reject: (e: Error) => void; worker: Worker }>();
  private nextId = 1;

  constructor(size = Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length))) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./inspect-worker.js', import.meta.url));
      worker.unref();
      worker.on('message', (reply: WorkerReply) => this.settle(worker, reply));
      worker.on('error', (err) => this.fail(worker, err));
      worker.on('exit', () => this.fail(worker, new Error('inspection thread exited')));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  inspect(kind: WorkerJob['kind'], dir: string, packageId: string, depPath?: string): Promise<EngineResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, kind, dir, packageId, depPath }, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const { job, resolve, reject } = this.queue.shift()!;
      this.pending.set(job.id, { resolve, reject, worker });
      worker.postMessage(job);
    }
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    this.idle.push(worker);
    if (reply.ok) p.resolve({ findings: reply.findings as Finding[], files: reply.files, bytes: reply.bytes, fileHashes: reply.fileHashes });
    else p.reject(new Error(reply.error));
    this.pump();
  }

  private fail(worker: Worker, err: Error): void {
    for (const [id, p] of this.pending)
      if (p.worker === worker) {
        this.pending.delete(id);
        p.reject(err);
      }
    const i = this.idle.indexOf(worker);
    if (i >= 0) this.idle.splice(i, 1);
    const w = this.workers.indexOf(worker);
    if (w >= 0) this.workers.splice(w, 1);
    // No thread left: queued jobs fail rather than wait forever.
    if (this.workers.length === 0) for (const q of this.queue.splice(0)) q.reject(err);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Threads are started on the first cache miss: a tree whose packages are all cached (the 2nd and 3rd call) never pays for them. */
export class LazyEnginePool {
  private pool: EnginePool | undefined;

  inspect(kind: WorkerJob['kind'], dir: string, packageId: string, depPath?: string): Promise<EngineResult> {
    this.pool ??= new EnginePool();
    return this.pool.inspect(kind, dir, packageId, depPath);
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}
