import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { ClawguardError, type ExitClass } from '../core/errors.js';
import { unpackAndInspect, type UnpackAndInspectJob, type UnpackAndInspectResult } from './unpack-and-inspect.js';

interface Pending {
  resolve(result: UnpackAndInspectResult): void;
  reject(err: unknown): void;
}

type WorkerReply =
  | { id: number; ok: true; result: UnpackAndInspectResult }
  | { id: number; ok: false; error: { message: string; stack?: string; clawguard?: { code: string; exitClass: ExitClass; hint?: string; detail?: Record<string, unknown> } } };

/**
 * Unpacking and inspecting are CPU-bound (gunzip, parsing every JS file), and a plugin tree has hundreds of
 * packages: spread them over worker threads (cores - 1, at most 4) while the main thread keeps the network
 * busy. Below 4 cores (or with CLAWGUARD_INSPECT_WORKERS=0) everything runs in-process.
 */
export class InspectionPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ job: UnpackAndInspectJob; pending: Pending }> = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(size = defaultPoolSize()) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./inspect-worker.js', import.meta.url));
      worker.on('message', (reply: WorkerReply) => this.settle(worker, reply));
      worker.on('error', (err) => this.failAll(err));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  run(job: UnpackAndInspectJob): Promise<UnpackAndInspectResult> {
    if (this.workers.length === 0) return unpackAndInspect(job);
    return new Promise((resolve, reject) => {
      this.queue.push({ job, pending: { resolve, reject } });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const { job, pending } = this.queue.shift()!;
      const id = this.nextId++;
      this.pending.set(id, pending);
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

  private failAll(err: unknown): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    for (const { pending } of this.queue.splice(0)) pending.reject(err);
  }
}

function defaultPoolSize(): number {
  const configured = process.env.CLAWGUARD_INSPECT_WORKERS;
  if (configured !== undefined && /^\d+$/.test(configured)) return Math.min(Number(configured), 16);
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // The main thread already keeps one core busy (downloads, Arborist); measured on a loaded 2-core machine
  // two workers were slower than none, so the pool starts at 4 cores.
  return cores >= 4 ? Math.min(cores - 1, 4) : 0;
}
