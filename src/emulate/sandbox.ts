/**
 * The sandbox: QuickJS compiled to WebAssembly (quickjs-emscripten, synchronous release build). One wasm
 * module per process, one fresh runtime + context per run (entry × persona), torn down after the run.
 *
 * What keeps the host safe, and why each piece exists:
 * - No host object ever enters the sandbox. The three host functions receive strings (copied out of wasm
 *   memory) and return strings or sandbox-made values: `__record(json)` appends a trace event,
 *   `__readPkgFile(rel)` looks a package-relative path up in a Map the engine pre-read (an exact key
 *   lookup: there is no host path, so no traversal), `__compile(name, src, mode)` compiles module source
 *   inside this same context. Nothing the sandbox does can name a host file, socket or process.
 * - A memory limit (the runtime's allocator refuses past it), a stack limit set low enough that QuickJS
 *   raises its own "stack overflow" before the host's native stack runs out (deep recursion in wasm
 *   otherwise overflows Node's stack), and an interrupt handler that stops the interpreter at a wall-clock
 *   deadline (infinite loops, busy waits, catastrophic regexes are interrupted between instructions).
 * - Timers and promise jobs are drained here in bounded slices; the sandbox's clock is fake.
 * - If the wasm instance itself ever faults (a trap, an abort), it is dropped and reloaded on the next
 *   `loadEmulator()`; the run reports an error instead of reusing a corrupted instance.
 */
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSContext, type QuickJSSyncVariant, type QuickJSHandle, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import * as variantModule from '@jitl/quickjs-wasmfile-release-sync';
import { CJS_PARAMS, ESM_PARAMS, esmToCjs, looksLikeEsm } from './esm.js';
import type { SandboxConfig } from './persona.js';
import { preludeSource } from './prelude/index.js';
import { stripTypes } from './typescript.js';

/** QuickJS's own stack limit: well under what Node's native stack can hold for wasm frames (see header). */
const STACK_BYTES = 96 * 1024;
const MAX_EVENTS = 900;
const MAX_EVENT_CHARS = 200_000;
const MAX_TRACE_CHARS = 4_000_000;

export type TraceEvent = Record<string, unknown> & { k: string; st?: string };

export interface RunOutcome {
  events: TraceEvent[];
  status: 'done' | 'budget' | 'error';
  error?: string;
  ms: number;
  /** The trace hit its event or size cap: what is there is real, but not everything. */
  truncated: boolean;
}

let modulePromise: Promise<QuickJSWASMModule> | null = null;
let loaded: QuickJSWASMModule | null = null;
let poisoned = false;

/** Load (once per process) the QuickJS wasm module; reloads it if a previous run faulted the instance. */
export async function loadSandbox(): Promise<void> {
  if (loaded && !poisoned) return;
  if (poisoned) {
    poisoned = false;
    loaded = null;
    modulePromise = null;
  }
  // The variant ships CJS-typed declarations; under NodeNext its default export is typed as the namespace.
  const ns = variantModule as unknown as { default?: unknown };
  const variant = (ns.default ?? ns) as QuickJSSyncVariant;
  // QuickJS's own C assertions (a runtime freed with objects still alive after a run was cut off) abort the
  // instance: the fault is caught below and the instance replaced. Emscripten would also print
  // "Aborted(Assertion failed …)" to the operator's terminal in the middle of an install; it is the
  // engine's business, not theirs, so its output goes nowhere (the thrown error carries the same text).
  const quiet = { print: () => undefined, printErr: () => undefined } as unknown as NonNullable<Parameters<typeof newVariant>[1]['emscriptenModule']>;
  modulePromise ??= newQuickJSWASMModuleFromVariant(newVariant(variant, { emscriptenModule: quiet }));
  try {
    loaded = await modulePromise;
  } catch (err) {
    modulePromise = null;
    throw err;
  }
}

export function sandboxReady(): boolean {
  return !!loaded && !poisoned;
}

/** Module source → the CommonJS function expression the loader calls (lines kept in place). */
export function wrapModule(src: string, filename: string, mode: string, esmPackage: boolean, asyncWrap = false): string {
  let code = src.replace(/^\uFEFF/, '').replace(/^#!.*/, '');
  if (mode === 'ts') code = stripTypes(code, filename) ?? code;
  const esm = mode === 'esm' || ((mode === 'ts' || /\.js$/i.test(filename)) && esmPackage && looksLikeEsm(code)) || (!/\.cjs$/i.test(filename) && looksLikeEsm(code) && !/\brequire\s*\(|module\.exports/.test(code));
  if (esm) code = esmToCjs(code);
  return `(${asyncWrap ? 'async ' : ''}function (${esm ? ESM_PARAMS : CJS_PARAMS}) {${code}\n})`;
}

export interface RunInput {
  cfg: SandboxConfig;
  files: Map<string, string>;
  esmPackage: boolean;
  deadline: number;
  /** Time the package's code gets at least, whatever the prelude took (a loaded machine still runs it). */
  minRunMs: number;
  memoryBytes: number;
}

function errorText(ctx: QuickJSContext, h: QuickJSHandle): string {
  try {
    const d = ctx.dump(h) as unknown;
    if (d && typeof d === 'object') {
      const o = d as { name?: unknown; message?: unknown };
      return `${String(o.name ?? 'Error')}: ${String(o.message ?? '')}`.slice(0, 300);
    }
    return String(d).slice(0, 300);
  } catch {
    return 'Error';
  }
}

/** Run one entry as one persona inside a fresh QuickJS runtime. Never throws. */
export function runInSandbox(input: RunInput): RunOutcome {
  const t0 = performance.now();
  const events: TraceEvent[] = [];
  let truncated = false;
  let traceChars = 0;
  const qjs = loaded;
  if (!qjs || poisoned) return { events, status: 'error', error: 'sandbox not loaded', ms: 0, truncated };
  let interrupted = false;
  let status: RunOutcome['status'] = 'done';
  let error: string | undefined;
  const handles: QuickJSHandle[] = [];
  let rt: ReturnType<QuickJSWASMModule['newRuntime']> | undefined;
  let ctx: QuickJSContext | undefined;
  try {
    rt = qjs.newRuntime();
    rt.setMemoryLimit(input.memoryBytes);
    rt.setMaxStackSize(STACK_BYTES);
    // The prelude is fixed code of known cost; the budget applies to the package's code, so it is armed after.
    let deadline = Number.POSITIVE_INFINITY;
    rt.setInterruptHandler(() => {
      if (performance.now() > deadline) interrupted = true;
      return interrupted;
    });
    const c = rt.newContext();
    ctx = c;
    const record = c.newFunction('__record', (h) => {
      if (events.length >= MAX_EVENTS) {
        truncated = true;
        return;
      }
      const s = c.getString(h);
      if (s.length > MAX_EVENT_CHARS || traceChars + s.length > MAX_TRACE_CHARS) {
        truncated = true;
        return;
      }
      traceChars += s.length;
      try {
        const ev = JSON.parse(s) as TraceEvent;
        if (ev && typeof ev === 'object' && typeof ev.k === 'string') events.push(ev);
      } catch {
        /* a malformed event is dropped */
      }
    });
    const readPkg = c.newFunction('__readPkgFile', (h) => {
      const rel = c.getString(h);
      const text = input.files.get(rel);
      return text === undefined ? c.null : c.newString(text);
    });
    const compile = c.newFunction('__compile', (nameH, srcH, modeH) => {
      const name = c.getString(nameH);
      const src = c.getString(srcH);
      const mode = c.getString(modeH);
      // The host's rewriting (TypeScript's types removed, ESM syntax turned to CommonJS) is not the package's time.
      const hostStart = performance.now();
      const wrapped = wrapModule(src, name, mode, input.esmPackage);
      deadline += performance.now() - hostStart;
      let r = c.evalCode(wrapped, name, { type: 'global' });
      if (r.error && /await/.test(src)) {
        // top-level await in an ES module: retry as an async body
        const retry = c.evalCode(wrapModule(src, name, mode, input.esmPackage, true), name, { type: 'global' });
        if (!retry.error) {
          r.error.dispose();
          r = retry;
        } else retry.error.dispose();
      }
      return r.error ? { error: r.error } : r.value;
    });
    for (const [name, h] of [['__record', record], ['__readPkgFile', readPkg], ['__compile', compile]] as const) {
      c.setProp(c.global, name, h);
      h.dispose();
    }
    const pre = c.evalCode(preludeSource(JSON.stringify(input.cfg)), '<prelude>', { type: 'global' });
    if (pre.error) {
      error = `prelude failed: ${errorText(c, pre.error)}`;
      pre.error.dispose();
      status = interrupted ? 'budget' : 'error';
    } else {
      deadline = Math.max(input.deadline, performance.now() + input.minRunMs);
      const api = pre.value;
      const phase = c.getProp(api, 'phase');
      const timer = c.getProp(api, 'runTimer');
      api.dispose();
      handles.push(phase, timer);
      for (let n = 1; n <= 5 && !interrupted; n++) {
        const arg = c.newNumber(n);
        const r = c.callFunction(phase, c.undefined, arg);
        arg.dispose();
        let res = '';
        if (r.error) {
          res = `error:${errorText(c, r.error)}`;
          r.error.dispose();
        } else {
          res = c.typeof(r.value) === 'string' ? c.getString(r.value) : '';
          r.value.dispose();
        }
        if (interrupted) break;
        if (res.startsWith('error:') && n === 1 && !error) {
          status = 'error';
          error = res.slice(6);
        }
        if (res === 'exit') break;
        drain(c, rt, timer, () => interrupted);
      }
    }
  } catch (err) {
    // A host-level fault inside wasm (a trap, an abort): never reuse this instance.
    poisoned = true;
    status = 'error';
    error = `sandbox fault: ${err instanceof Error ? err.message.slice(0, 200) : String(err)}`;
  } finally {
    for (const h of handles) {
      try {
        if (h.alive) h.dispose();
      } catch {
        poisoned = true;
      }
    }
    try {
      ctx?.dispose();
      rt?.dispose();
    } catch {
      poisoned = true;
    }
  }
  if (interrupted) status = 'budget';
  return { events, status, error, ms: performance.now() - t0, truncated };
}

/** Run promise jobs and fast-forwarded timers until none are left or the deadline passes. */
function drain(c: QuickJSContext, rt: NonNullable<ReturnType<QuickJSWASMModule['newRuntime']>>, timer: QuickJSHandle, stop: () => boolean): void {
  for (let i = 0; i < 2000 && !stop(); i++) {
    const jr = rt.executePendingJobs(500);
    if (jr.error) jr.error.dispose();
    if (stop()) return;
    if (rt.hasPendingJob()) continue;
    const tr = c.callFunction(timer, c.undefined);
    let more = false;
    if (tr.error) tr.error.dispose();
    else {
      more = c.typeof(tr.value) === 'boolean' && c.dump(tr.value) === true;
      tr.value.dispose();
    }
    if (!more && !rt.hasPendingJob()) return;
  }
}
