/** Worker-thread entry of the inspection pool (see worker-pool.ts). */
import { parentPort } from 'node:worker_threads';
import { ClawguardError } from '../core/errors.js';
import { unpackAndInspect, type UnpackAndInspectJob } from './unpack-and-inspect.js';

parentPort?.on('message', async (message: { id: number; job: UnpackAndInspectJob }) => {
  try {
    parentPort!.postMessage({ id: message.id, ok: true, result: await unpackAndInspect(message.job) });
  } catch (err) {
    const e = err as Error;
    const clawguard = err instanceof ClawguardError ? { code: err.code, exitClass: err.exitClass, hint: err.hint, detail: err.detail } : undefined;
    parentPort!.postMessage({ id: message.id, ok: false, error: { message: e?.message ?? String(err), stack: e?.stack, clawguard } });
  }
});
