/**
 * The sandbox: QuickJS compiled to WebAssembly (quickjs-emscripten, synchronous release build). One wasm
 * module per process (thread). Each run (entry × persona) starts from a snapshot of the instance's whole
 * linear memory taken once the runtime, context, host functions and compiled prelude were ready (see
 * "snapshot" below); where a snapshot cannot be made, in a fresh runtime + context torn down after the run.
 *
 * What keeps the host safe, and why each piece exists:
 * - No host object ever enters the sandbox. The three host functions receive strings (copied out of wasm
 *   memory) and return strings or sandbox-made values: `__record(json)` appends a trace event,
 *   `__readPkgFile(rel)` looks a package-relative path up in a Map the engine pre-read (an exact key
 *   lookup: there is no host path, so no traversal), `__compile(name, src, mode)` compiles module source
 *   inside this same context. Nothing the sandbox does can name a host file, socket or process.
 * - A memory limit (the runtime's allocator refuses past it), a stack limit set low enough that QuickJS
 *   raises its own "stack overflow" before the host's native stack runs out (deep recursion in wasm
 *   otherwise overflows Node's stack), and an interrupt handler that stops the interpreter when the run has
 *   done its budget of work (WORK below), or at a wall-clock safety net (infinite loops, busy waits,
 *   catastrophic regexes are interrupted between instructions).
 * - Timers and promise jobs are drained here in bounded slices; the sandbox's clock is fake.
 * - If the wasm instance itself ever faults (a trap, an abort), it is dropped and reloaded on the next
 *   `loadEmulator()`; the run reports an error instead of reusing a corrupted instance.
 */
import { brotliDecompressSync } from 'node:zlib';
import { credentialStoreOf } from '../inspect/effects/classify.js';
import { tokenize } from '../inspect/effects/shell.js';
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSContext, type QuickJSSyncVariant, type QuickJSHandle, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import * as variantModule from '@jitl/quickjs-wasmfile-release-sync';
import { CJS_PARAMS, ESM_PARAMS, esmToCjs, looksLikeEsm } from './esm.js';
import type { SandboxConfig } from './persona.js';
import { preludeFunction, preludeSource } from './prelude/index.js';
import { stripTypes } from './typescript.js';
import { useBaselineWasm } from '../core/wasm-tier.js';
import { monotonicMs } from '../core/clock.js';

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
  /** The interpreter work the package's code did (WORK): what its budget is counted in. */
  work: number;
  /** The trace hit its event or size cap: what is there is real, but not everything. */
  truncated: boolean;
}

/**
 * Interpreter work, the unit a run's budget is counted in: one call of the interrupt handler, which QuickJS makes
 * every 10,000 of its checkpoints (calls and loop back-edges). Counting work rather than time makes a verdict the
 * same on a quiet machine and a loaded one: a run stopped at a wall-clock deadline reached its payload or not as the
 * machine's load allowed. The host's rewriting of a module (__compile) is charged by its length, COMPILE_CHARS per
 * unit, so code that compiles in a loop is bounded too. Wall time is only the safety net (RunInput.wallMs).
 */
const COMPILE_CHARS = 4096;

/** A WebAssembly.Memory (this project's TypeScript libraries leave WebAssembly out). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
}

let modulePromise: Promise<QuickJSWASMModule> | null = null;
let loaded: QuickJSWASMModule | null = null;
let poisoned = false;

/** Load (once per process) the QuickJS wasm module; reloads it if a previous run faulted the instance. */
export async function loadSandbox(): Promise<void> {
  if (loaded && !poisoned) return;
  useBaselineWasm();
  if (poisoned) {
    poisoned = false;
    loaded = null;
    modulePromise = null;
    snapshot = null;
    wasmMemory = null;
  }
  // The variant ships CJS-typed declarations; under NodeNext its default export is typed as the namespace.
  const ns = variantModule as unknown as { default?: unknown };
  const variant = (ns.default ?? ns) as QuickJSSyncVariant;
  // QuickJS's own C assertions (a runtime freed with objects still alive after a run was cut off) abort the
  // instance: the fault is caught below and the instance replaced. Emscripten would also print
  // "Aborted(Assertion failed …)" to the operator's terminal in the middle of an install; it is the
  // engine's business, not theirs, so its output goes nowhere (the thrown error carries the same text).
  const quiet = { print: () => undefined, printErr: () => undefined } as unknown as NonNullable<Parameters<typeof newVariant>[1]['emscriptenModule']>;
  // The linear memory is made here and handed to emscripten (which uses a `wasmMemory` it is given), so the
  // snapshot below can copy it; the sizes are emscripten's own defaults for this build (16 MiB, at most 2 GiB).
  if (!modulePromise) {
    const memory = new (globalThis as unknown as { WebAssembly: { Memory: new (d: { initial: number; maximum: number }) => WasmMemory } }).WebAssembly.Memory({ initial: 256, maximum: 32768 });
    wasmMemory = memory;
    modulePromise = newQuickJSWASMModuleFromVariant(newVariant(variant, { emscriptenModule: { ...quiet, wasmMemory: memory } as typeof quiet }));
  }
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
  // (CommonJS may import() too, a data: URL among others: through the loader, as an ES module's import() goes)
  else if (/\bimport\s*\(/.test(code)) code = code.replace(/(^|[^\w$.])import\s*\(/g, '$1__cg_import(');
  return `(${asyncWrap ? 'async ' : ''}function (${esm ? ESM_PARAMS : CJS_PARAMS}) {${code}\n})`;
}

export interface RunInput {
  cfg: SandboxConfig;
  files: Map<string, string>;
  esmPackage: boolean;
  /** The interpreter work (RunOutcome.work) the package's code may do; the prelude's is not counted. */
  work: number;
  /** The wall-clock safety net: a run still going this long after the prelude stops, whatever its work. */
  wallMs: number;
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

/** What the host functions and the interrupt handler of a runtime read: the run in progress. */
interface RunState {
  events: TraceEvent[];
  truncated: boolean;
  traceChars: number;
  files: Map<string, string>;
  esmPackage: boolean;
  interrupted: boolean;
  /** Work done since the budget was armed. The prelude is fixed code of known cost: the budget applies to the package's code, so it is armed after. */
  work: number;
  limit: number;
  wallEnd: number;
}

function newState(input: RunInput): RunState {
  return { events: [], truncated: false, traceChars: 0, files: input.files, esmPackage: input.esmPackage, interrupted: false, work: 0, limit: Number.POSITIVE_INFINITY, wallEnd: Number.POSITIVE_INFINITY };
}

/** Arm the run's budget once the prelude has run. */
function arm(s: RunState, input: RunInput): void {
  s.work = 0;
  s.limit = input.work;
  s.wallEnd = monotonicMs() + input.wallMs;
}

type Runtime = ReturnType<QuickJSWASMModule['newRuntime']>;

/**
 * The runtime's settings and host functions: the interrupt handler and the three host functions read the
 * run in progress through `state()` (a snapshot's runtime serves many runs). The host functions' handles are
 * disposed here; the global object holds them until the prelude takes them.
 */
/** At most this many bytes come out of one Brotli decompression in the sandbox. */
const MAX_BROTLI_BYTES = 4 * 1024 * 1024;

function prepareRuntime(rt: Runtime, c: QuickJSContext, state: () => RunState | null): void {
  rt.setMaxStackSize(STACK_BYTES);
  rt.setInterruptHandler(() => {
    const s = state();
    if (!s) return false;
    if (++s.work > s.limit || monotonicMs() > s.wallEnd) s.interrupted = true;
    return s.interrupted;
  });
  const record = c.newFunction('__record', (h) => {
    const s = state();
    if (!s) return;
    if (s.events.length >= MAX_EVENTS) {
      s.truncated = true;
      return;
    }
    const text = c.getString(h);
    if (text.length > MAX_EVENT_CHARS || s.traceChars + text.length > MAX_TRACE_CHARS) {
      s.truncated = true;
      return;
    }
    s.traceChars += text.length;
    try {
      const ev = JSON.parse(text) as TraceEvent;
      if (ev && typeof ev === 'object' && typeof ev.k === 'string') s.events.push(ev);
    } catch {
      /* a malformed event is dropped */
    }
  });
  const readPkg = c.newFunction('__readPkgFile', (h) => {
    const rel = c.getString(h);
    const text = state()?.files.get(rel);
    return text === undefined ? c.null : c.newString(text);
  });
  const compile = c.newFunction('__compile', (nameH, srcH, modeH) => {
    const name = c.getString(nameH);
    const src = c.getString(srcH);
    const mode = c.getString(modeH);
    const run = state();
    const esmPackage = run?.esmPackage ?? false;
    // The host's rewriting (TypeScript's types removed, ESM syntax turned to CommonJS) is charged by its length.
    if (run) run.work += Math.ceil(src.length / COMPILE_CHARS);
    const wrapped = wrapModule(src, name, mode, esmPackage);
    let r = c.evalCode(wrapped, name, { type: 'global' });
    if (r.error && /await/.test(src)) {
      // top-level await in an ES module: retry as an async body
      const retry = c.evalCode(wrapModule(src, name, mode, esmPackage, true), name, { type: 'global' });
      if (!retry.error) {
        r.error.dispose();
        r = retry;
      } else retry.error.dispose();
    }
    return r.error ? { error: r.error } : r.value;
  });
  // Does this command print a stored credential (a keychain, a password manager, a credential helper, a CLI's
  // token)? The secret class of the first such command of a pipeline or list, as the shell lowering classes it.
  const store = c.newFunction('__credentialStore', (h) => {
    for (const part of c.getString(h).split(/\|\|?|&&|;/)) {
      const cls = credentialStoreOf(tokenize(part.trim()));
      if (cls) return c.newString(cls);
    }
    return c.null;
  });
  // Brotli-compressed bytes (base64 in, base64 out; null for what does not decompress): the prelude's zlib has no
  // Brotli decoder of its own, and a payload packed with it would stay hidden. Data only, bounded, charged by its size.
  const brotli = c.newFunction('__brotli', (h) => {
    const run = state();
    try {
      const out = brotliDecompressSync(Buffer.from(c.getString(h), 'base64'), { maxOutputLength: MAX_BROTLI_BYTES });
      if (run) run.work += Math.ceil(out.length / COMPILE_CHARS);
      return c.newString(out.toString('base64'));
    } catch {
      return c.null;
    }
  });
  for (const [name, h] of [['__record', record], ['__readPkgFile', readPkg], ['__compile', compile], ['__credentialStore', store], ['__brotli', brotli]] as const) {
    c.setProp(c.global, name, h);
    h.dispose();
  }
}

interface PhaseResult {
  status: RunOutcome['status'];
  error?: string;
}

/** The five phases, each followed by a drain of jobs and timers. Handles are disposed when `dispose`. */
function runPhases(c: QuickJSContext, rt: Runtime, api: QuickJSHandle, s: RunState, handles: QuickJSHandle[]): PhaseResult {
  let status: RunOutcome['status'] = 'done';
  let error: string | undefined;
  const phase = c.getProp(api, 'phase');
  const timer = c.getProp(api, 'runTimer');
  handles.push(phase, timer);
  for (let n = 1; n <= 5 && !s.interrupted; n++) {
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
    if (s.interrupted) break;
    if (res.startsWith('error:') && n === 1 && !error) {
      status = 'error';
      error = res.slice(6);
    }
    if (res === 'exit') break;
    drain(c, rt, timer, () => s.interrupted);
  }
  return { status, error };
}

/** Run one entry as one persona: from the snapshot when there is one, else inside a fresh QuickJS runtime. Never throws. */
export function runInSandbox(input: RunInput): RunOutcome {
  if (!loaded || poisoned) return { events: [], status: 'error', error: 'sandbox not loaded', ms: 0, work: 0, truncated: false };
  const snap = snapshotFor(loaded);
  return snap ? runFromSnapshot(snap, input) : runFresh(input);
}

/** Run one entry as one persona inside a fresh QuickJS runtime, torn down after. Never throws. */
export function runFresh(input: RunInput): RunOutcome {
  const t0 = monotonicMs();
  const s = newState(input);
  const qjs = loaded;
  if (!qjs || poisoned) return { events: s.events, status: 'error', error: 'sandbox not loaded', ms: 0, work: 0, truncated: false };
  // This run's allocations change the memory under the snapshot: the next snapshot run restores first.
  if (snapshot) snapshot.dirty = true;
  let status: RunOutcome['status'] = 'done';
  let error: string | undefined;
  const handles: QuickJSHandle[] = [];
  let rt: Runtime | undefined;
  let ctx: QuickJSContext | undefined;
  try {
    rt = qjs.newRuntime();
    rt.setMemoryLimit(input.memoryBytes);
    const c = rt.newContext();
    ctx = c;
    prepareRuntime(rt, c, () => s);
    const pre = c.evalCode(preludeSource(JSON.stringify(input.cfg)), '<prelude>', { type: 'global' });
    if (pre.error) {
      error = `prelude failed: ${errorText(c, pre.error)}`;
      pre.error.dispose();
      status = s.interrupted ? 'budget' : 'error';
    } else {
      arm(s, input);
      handles.push(pre.value);
      ({ status, error } = runPhases(c, rt, pre.value, s, handles));
    }
  } catch (err) {
    // A host-level fault inside wasm (a trap, an abort): never reuse this instance.
    poisoned = true;
    status = 'error';
    error = `sandbox fault: ${err instanceof Error ? err.message.slice(0, 200) : String(err)}`;
  } finally {
    for (const h of handles.reverse()) {
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
  if (s.interrupted) status = 'budget';
  return { events: s.events, status, error, ms: monotonicMs() - t0, work: Math.min(s.work, s.limit), truncated: s.truncated };
}

// ---------------------------------------------------------------------------------------------- snapshot
/*
 * The snapshot: compiling the prelude is most of a fresh run's cost (QuickJS parses ~115 KB of source per
 * run, and quickjs-emscripten cannot serialise bytecode). So, once per loaded wasm instance, one runtime and
 * context are prepared (limits, interrupt handler, host functions) and the prelude function compiled into a
 * value held in that context; then the whole WebAssembly linear memory is copied. Each run starts by
 * copying those bytes back (and zeroing whatever the memory has grown by since), which returns every byte
 * of QuickJS's state, the allocator's included, to the moment after the prelude was compiled: nothing a run
 * did (globals, prototypes, pending jobs, timers, module cache, a run cut off mid-instruction, an exhausted
 * allocator) survives into the next. The only other mutable state of the wasm instance is its stack pointer
 * (a wasm global), which is at its base between host calls, where the restore happens.
 *
 * quickjs-emscripten keeps some state on the JS side that mirrors the wasm memory: handles (a handle made in
 * a run points at memory the restore reclaims: such handles are abandoned, never disposed), the host-ref
 * table of host functions (QuickJS frees a function's ref when it collects it), the runtime's map of
 * contexts and the context's lazily made handles. Those are recorded with the memory and put back with it.
 * If the module's shape is not the one this code knows (the memory not the one handed to emscripten, the
 * private fields absent), no snapshot is made and every run takes the fresh-runtime path.
 */
interface Snapshot {
  qjs: QuickJSWASMModule;
  mem: WasmMemory;
  rt: Runtime;
  ctx: QuickJSContext;
  /** The prelude function (a value in the snapshot's context): called with each run's configuration. */
  fn: QuickJSHandle;
  /** The prelude function's source the snapshot was made from (tests swap it). */
  source: string;
  /** The memory's length when the snapshot was taken. */
  size: number;
  /** The memory as runs of chunks: content (copied, `data`) or zeros (only their place is kept). */
  runs: { from: number; to: number; data: Uint8Array | null }[];
  js: JsState;
  /** A run has used the memory since the last restore. */
  dirty: boolean;
  state: RunState | null;
}

interface HostRefsShape {
  nextId: number;
  freelist: number[];
  groups: Map<number, Map<number, unknown>>;
}
interface ScopeShape {
  _disposables: { _value: Set<unknown> };
}
interface Internals {
  rt: Record<string, unknown> & { hostRefs: HostRefsShape; contextMap: Map<number, unknown>; scope: ScopeShape; callbacks: { contextCallbacks: Map<number, unknown>; runtimeCallbacks: Map<number, unknown> } };
  ctx: Record<string, unknown> & { memory: { scope: ScopeShape } };
  module: { HEAPU8?: Uint8Array };
}

interface JsState {
  rtProps: Record<string, unknown>;
  ctxProps: Record<string, unknown>;
  hostRefs: { nextId: number; freelist: number[]; groups: [number, [number, unknown][]][] };
  contextMap: [number, unknown][];
  contextCallbacks: [number, unknown][];
  runtimeCallbacks: [number, unknown][];
  rtScope: unknown[];
  ctxScope: unknown[];
}

let snapshot: Snapshot | null = null;
/** The snapshot could not be made on this instance (unknown shape, a failure): fresh runtimes only. */
let snapshotRefused: QuickJSWASMModule | null = null;
let snapshotsEnabled = process.env.CLAWGUARD_EMULATOR_SNAPSHOT !== '0';
/** Memory handed to the emscripten module at load: the instance's whole linear memory. */
let wasmMemory: WasmMemory | null = null;

/** Tests: use the snapshot (true) or fresh runtimes only (false). */
export function useSnapshots(on: boolean): void {
  snapshotsEnabled = on;
}

/** Whether the last runs could use a snapshot (tests). */
export function snapshotActive(): boolean {
  return !!snapshot && snapshot.qjs === loaded && !poisoned;
}

let unknownShapeForTests = false;
/** Tests: behave as if the module's private fields had a shape this code does not know (drops the snapshot). */
export function simulateUnknownShape(on: boolean): void {
  unknownShapeForTests = on;
  snapshot = null;
  snapshotRefused = null;
}

/** Tests: the loaded module's FFI, to inject a host-level fault. */
export function loadedFfiForTests(): Record<string, unknown> | null {
  return loaded ? (loaded as unknown as { ffi: Record<string, unknown> }).ffi : null;
}

/** The private fields this code relies on, when they have the shape it knows; else null. */
function internals(qjs: QuickJSWASMModule, rt: Runtime, ctx: QuickJSContext, mem: WasmMemory): Internals | null {
  if (unknownShapeForTests) return null;
  const r = rt as unknown as Internals['rt'];
  const c = ctx as unknown as Internals['ctx'];
  const m = (qjs as unknown as { module?: Internals['module'] }).module;
  const isScope = (x: unknown): x is ScopeShape => !!x && typeof x === 'object' && (x as ScopeShape)._disposables?._value instanceof Set;
  const h = r.hostRefs;
  if (!m || !(m.HEAPU8 instanceof Uint8Array) || m.HEAPU8.buffer !== mem.buffer) return null;
  if (!h || typeof h.nextId !== 'number' || !Array.isArray(h.freelist) || !(h.groups instanceof Map)) return null;
  if (!(r.contextMap instanceof Map) || !isScope(r.scope) || !isScope(c.memory?.scope)) return null;
  if (!r.callbacks || !(r.callbacks.contextCallbacks instanceof Map) || !(r.callbacks.runtimeCallbacks instanceof Map)) return null;
  return { rt: r, ctx: c, module: m };
}

function captureJs(i: Internals): JsState {
  const h = i.rt.hostRefs;
  return {
    rtProps: { ...i.rt },
    ctxProps: { ...i.ctx },
    hostRefs: { nextId: h.nextId, freelist: [...h.freelist], groups: [...h.groups].map(([k, g]) => [k, [...g]]) },
    contextMap: [...i.rt.contextMap],
    contextCallbacks: [...i.rt.callbacks.contextCallbacks],
    runtimeCallbacks: [...i.rt.callbacks.runtimeCallbacks],
    rtScope: [...i.rt.scope._disposables._value],
    ctxScope: [...i.ctx.memory.scope._disposables._value],
  };
}

function refill<K, V>(m: Map<K, V>, entries: [K, V][]): void {
  m.clear();
  for (const [k, v] of entries) m.set(k, v);
}

function restoreJs(i: Internals, js: JsState): void {
  for (const [obj, props] of [[i.rt, js.rtProps], [i.ctx, js.ctxProps]] as const) {
    for (const k of Object.keys(obj)) if (!(k in props)) delete obj[k];
    Object.assign(obj, props);
  }
  const h = i.rt.hostRefs;
  h.nextId = js.hostRefs.nextId;
  h.freelist = [...js.hostRefs.freelist];
  h.groups = new Map(js.hostRefs.groups.map(([k, g]) => [k, new Map(g)]));
  refill(i.rt.contextMap, js.contextMap);
  refill(i.rt.callbacks.contextCallbacks, js.contextCallbacks);
  refill(i.rt.callbacks.runtimeCallbacks, js.runtimeCallbacks);
  const rs = i.rt.scope._disposables._value;
  rs.clear();
  for (const x of js.rtScope) rs.add(x);
  const cs = i.ctx.memory.scope._disposables._value;
  cs.clear();
  for (const x of js.ctxScope) cs.add(x);
}

/** The snapshot of this instance for the current prelude, made on first use; null: use fresh runtimes. */
function snapshotFor(qjs: QuickJSWASMModule): Snapshot | null {
  if (!snapshotsEnabled || !wasmMemory) return null;
  const source = preludeFunction();
  if (snapshot && snapshot.qjs === qjs && snapshot.source === source) return snapshot;
  if (snapshotRefused === qjs && !snapshot) return null;
  // Another prelude (tests) or a new instance: the old snapshot's runtime lives on in memory nobody restores.
  snapshot = null;
  try {
    snapshot = buildSnapshot(qjs, wasmMemory, source);
  } catch {
    snapshot = null;
    // The build itself ran in wasm: if it faulted, the instance is not to be trusted.
    poisoned = true;
  }
  if (!snapshot) snapshotRefused = qjs;
  return snapshot;
}

function buildSnapshot(qjs: QuickJSWASMModule, mem: WasmMemory, source: string): Snapshot | null {
  const rt = qjs.newRuntime();
  const ctx = rt.newContext();
  const i = internals(qjs, rt, ctx, mem);
  if (!i) {
    ctx.dispose();
    rt.dispose();
    return null;
  }
  const snap = { qjs, mem, rt, ctx, source, dirty: false, state: null } as Snapshot;
  prepareRuntime(rt, ctx, () => snap.state);
  const r = ctx.evalCode(source, '<prelude>', { type: 'global' });
  if (r.error) {
    r.error.dispose();
    ctx.dispose();
    rt.dispose();
    return null;
  }
  snap.fn = r.value;
  snap.js = captureJs(i);
  const bytes = new Uint8Array(mem.buffer);
  if (bytes.length % CHUNK !== 0) return null;
  snap.size = bytes.length;
  snap.runs = chunkRuns(bytes).map(([from, to, kind]) => ({ from, to, data: kind ? bytes.slice(from * CHUNK, to * CHUNK) : null }));
  return snap;
}

/** Restores go by chunks: the snapshot's content is a small part of the memory (data, the stack's top, the heap's start). */
const CHUNK = 64 * 1024;
const ZERO = Buffer.alloc(CHUNK);

/** Which chunks of the snapshot hold anything but zeros (1), as runs of equal kind: [start chunk, end chunk, kind]. */
function chunkRuns(bytes: Uint8Array): [number, number, number][] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const runs: [number, number, number][] = [];
  for (let c = 0; c * CHUNK < b.length; c++) {
    const kind = b.compare(ZERO, 0, CHUNK, c * CHUNK, (c + 1) * CHUNK) === 0 ? 0 : 1;
    const last = runs[runs.length - 1];
    if (last && last[2] === kind && last[1] === c) last[1] = c + 1;
    else runs.push([c, c + 1, kind]);
  }
  return runs;
}

/**
 * Put the memory and the JS-side mirror back as they were when the snapshot was made: the chunks that hold
 * content are copied back; every other chunk (and all the memory has grown by) must be zero: each is
 * compared with zeros and cleared if it is not. The result is byte for byte the snapshot.
 */
function restore(snap: Snapshot): void {
  const heap = Buffer.from(snap.mem.buffer);
  for (const { from, to, data } of snap.runs) {
    if (data) heap.set(data, from * CHUNK);
    else clearChunks(heap, from, to);
  }
  if (heap.length > snap.size) clearChunks(heap, snap.size / CHUNK, heap.length / CHUNK);
  const i = internals(snap.qjs, snap.rt, snap.ctx, snap.mem);
  if (!i) throw new Error('snapshot: the module changed shape');
  restoreJs(i, snap.js);
  snap.dirty = false;
}

function clearChunks(heap: Buffer, from: number, to: number): void {
  for (let c = from; c < to; c++) if (heap.compare(ZERO, 0, CHUNK, c * CHUNK, (c + 1) * CHUNK) !== 0) heap.fill(0, c * CHUNK, (c + 1) * CHUNK);
}

/** Tests: the memory is byte for byte the snapshot (zeros beyond it), after restoring it. */
export function restoredExactly(): boolean {
  const snap = snapshot;
  if (!snap) return false;
  restore(snap);
  const heap = Buffer.from(snap.mem.buffer);
  for (const { from, to, data } of snap.runs) {
    if (data && heap.compare(data, 0, data.length, from * CHUNK, to * CHUNK) !== 0) return false;
    if (!data) for (let c = from; c < to; c++) if (heap.compare(ZERO, 0, CHUNK, c * CHUNK, (c + 1) * CHUNK) !== 0) return false;
  }
  for (let off = snap.size; off < heap.length; off += CHUNK) if (heap.compare(ZERO, 0, CHUNK, off, off + CHUNK) !== 0) return false;
  return true;
}

/** One run from the snapshot. Never throws; a host-level fault poisons the instance (and the snapshot with it). */
function runFromSnapshot(snap: Snapshot, input: RunInput): RunOutcome {
  const t0 = monotonicMs();
  const s = newState(input);
  let status: RunOutcome['status'] = 'done';
  let error: string | undefined;
  try {
    if (snap.dirty) restore(snap);
    snap.dirty = true;
    snap.state = s;
    const { rt, ctx: c } = snap;
    rt.setMemoryLimit(input.memoryBytes);
    // The configuration as an object literal, as the fresh path writes it after the prelude function.
    const cfg = c.evalCode('(' + JSON.stringify(input.cfg) + ')', '<prelude>', { type: 'global' });
    if (cfg.error) {
      error = `prelude failed: ${errorText(c, cfg.error)}`;
      status = s.interrupted ? 'budget' : 'error';
    } else {
      const pre = c.callFunction(snap.fn, c.undefined, cfg.value);
      if (pre.error) {
        error = `prelude failed: ${errorText(c, pre.error)}`;
        status = s.interrupted ? 'budget' : 'error';
      } else {
        arm(s, input);
        // Handles made in a run are never disposed: the next restore reclaims their memory wholesale.
        ({ status, error } = runPhases(c, rt, pre.value, s, []));
      }
    }
  } catch (err) {
    poisoned = true;
    snapshot = null;
    status = 'error';
    error = `sandbox fault: ${err instanceof Error ? err.message.slice(0, 200) : String(err)}`;
  } finally {
    snap.state = null;
  }
  if (s.interrupted) status = 'budget';
  return { events: s.events, status, error, ms: monotonicMs() - t0, work: Math.min(s.work, s.limit), truncated: s.truncated };
}

/** Run promise jobs and fast-forwarded timers until none are left or the run is stopped. */
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
