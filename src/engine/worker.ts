/** Worker-thread entry of the inspection service's pool (pool.ts): one job in, its outcome or error out. */
import { parentPort } from 'node:worker_threads';
import { ClawguardError } from '../core/errors.js';
import { runJob, type Job } from './jobs.js';

parentPort?.on('message', async (message: { id: number; job: Job }) => {
  try {
    parentPort!.postMessage({ id: message.id, ok: true, result: await runJob(message.job) });
  } catch (err) {
    const e = err as Error;
    const clawguard = err instanceof ClawguardError ? { code: err.code, exitClass: err.exitClass, hint: err.hint, detail: err.detail } : undefined;
    parentPort!.postMessage({ id: message.id, ok: false, error: { message: e?.message ?? String(err), stack: e?.stack, clawguard } });
  }
});
