/**
 * Worker-thread entry of the inspection service's pool (pool.ts): one job in, its outcome or error out.
 *
 * Between jobs the thread gives back what the last one left: a package's analysis leaves its texts and ASTs
 * as garbage (the engine keeps no text past its file beyond a budget, src/inspect/files.ts PackageTexts; it
 * once held OpenClaw's whole package, ~700 MiB of heap), and V8 collects garbage only when the heap next
 * wants to grow, so a thread that has run a big package, or a hundred small ones,
 * sat on hundreds of MiB it no longer used (measured: 668 MiB peak RSS over OpenClaw's tree without its
 * largest package, 437 MiB with this; the live heap between packages is 10-20 MiB). When a job leaves more
 * than GC_AFTER_BYTES of heap in use, a full collection runs before the next job starts.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { ClawguardError } from '../core/errors.js';
import { runJob, type Job } from './jobs.js';

/** Heap in use after a job above which the thread collects before the next (a collection costs ~10-50 ms). */
export const GC_AFTER_BYTES = 96 * 1024 * 1024;

/**
 * V8's full collection, reachable without starting the process with --expose-gc (undefined if refused). The flag is
 * set back at once: V8's flags are the process's, and code-cache entries are stamped with them (core/wasm-tier.ts),
 * so a process that left it set would write entries the next process refuses. The function stays usable.
 */
function fullGc(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  } finally {
    try {
      v8.setFlagsFromString('--no-expose-gc');
    } catch {
      // as it was
    }
  }
}

/** Exported for the tests: the collection is really reachable on this Node. */
export const collect = fullGc();

parentPort?.on('message', async (message: { id: number; job: Job }) => {
  try {
    parentPort!.postMessage({ id: message.id, ok: true, result: await runJob(message.job) });
  } catch (err) {
    const e = err as Error;
    const clawguard = err instanceof ClawguardError ? { code: err.code, exitClass: err.exitClass, hint: err.hint, detail: err.detail } : undefined;
    parentPort!.postMessage({ id: message.id, ok: false, error: { message: e?.message ?? String(err), stack: e?.stack, clawguard } });
  }
  if (collect && v8.getHeapStatistics().used_heap_size > GC_AFTER_BYTES) collect();
});
