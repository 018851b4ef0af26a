/**
 * The watchdog worker: hosts the QuickJS sandbox in its own thread so the main thread can kill it.
 * QuickJS's interrupt handler stops the interpreter between instructions, but a few native built-ins run
 * long loops without polling it (Array.prototype.fill over a sparse array while the allocator thrashes near
 * the memory limit, for instance); terminating the thread stops those too. The worker also gets its own
 * native stack, so deep recursion inside wasm never meets the caller's stack.
 *
 * Protocol (see ./index.ts): the main thread posts `{ id, input }` on `port`; the worker posts one
 * `{ id, type: 'run', run, effects }` per finished run and `{ id, type: 'done', partial }` at the end, and
 * after each message bumps `signal[0]` and notifies, which is what the blocked main thread waits on.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { PackageTexts } from '../inspect/files.js';
import { emulateInThread, loadEngine, type EmulationInput } from './engine.js';

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

function bump(): void {
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

async function main(): Promise<void> {
  try {
    await loadEngine();
    port.postMessage({ type: 'ready' });
  } catch (err) {
    port.postMessage({ type: 'failed', error: err instanceof Error ? err.message : String(err) });
  }
  bump();
  port.on('message', (msg: { id: number; input: EmulationInput }) => {
    try {
      const input = PackageTexts.isSource(msg.input.files) ? { ...msg.input, files: PackageTexts.open(msg.input.files) } : msg.input;
      const result = emulateInThread(
        input,
        (run, effects) => {
          port.postMessage({ id: msg.id, type: 'run', run, effects });
          bump();
        },
        (index, persona) => {
          port.postMessage({ id: msg.id, type: 'start', index, persona });
          bump();
        },
      );
      port.postMessage({ id: msg.id, type: 'done', partial: result.partial });
    } catch (err) {
      port.postMessage({ id: msg.id, type: 'done', partial: true, error: err instanceof Error ? err.message : String(err) });
    }
    bump();
  });
}

if (parentPort || port) void main();
