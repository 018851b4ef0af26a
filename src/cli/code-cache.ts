/**
 * The launcher's bundles, loaded with V8's code cache. Compiling a bundle is most of what a cached answer costs
 * beyond starting Node: requiring dist/cli/fast/skills.cjs (108 KB) took ~8 ms of CPU, ~6 ms of it compiling,
 * on a `node -e 0` of ~35 ms. Node 20 has no compile cache of its own for CommonJS (Node 22's
 * `module.enableCompileCache` is not on every supported Node), so the launcher keeps one: V8's serialized
 * code of the bundle, created when the process that compiled it leaves the fast answer or is done (so it also
 * holds every function the fast answer compiled lazily: see LEAVE), and handed back to V8 by the next process.
 *
 * WHERE: `<npm cache>/_clawguard/code-v1/<bundle>-<path hash>-<node version>-<arch>.bin`, the npm cache root being the one
 * the result cache resolves (engine/result-cache.ts `npmCacheRoot`), so the policy hook, started by OpenClaw
 * with an empty environment, finds the same directory as the CLI. No home, no cache: the bundle compiles as
 * plain `require()` would. `CLAWGUARD_CODE_CACHE=0` turns it off.
 *
 * WHAT STANDS FOR WHAT: an entry starts with a header line naming the bundle's path and its size, mtime, ctime
 * and inode when the entry was made, and a checksum of the code (`codeChecksum`: V8's release builds check none,
 * and a flipped byte crashed Node); any other stat of the bundle (a rebuild, an upgrade) or checksum is a miss and the
 * entry is replaced. As for the result cache's stat records, an entry is written only when the bundle's ctime
 * is older than SETTLED_MS (a write within a coarse file-system clock's tick would look unchanged). V8 checks
 * the rest itself (its version, its flags, the source's length) and rejects data that does not fit: then the
 * bundle compiles from source and the entry is rewritten. A malformed, truncated or unreadable entry is a
 * miss, never an error; entries are written to a temp name and renamed, so a concurrent reader sees all of one
 * or nothing. The entry is as trusted as the result cache beside it (which holds verdicts): both live in the
 * user's own cache directory, mode 700.
 */
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { cyrb128, npmCacheRoot } from '../engine/result-cache.js';

const FORMAT = 'clawguard-code-cache-v1';
/** How old (by ctime) the bundle must be for its stat to stand for its bytes. */
const SETTLED_MS = 2000;

/** The code cache directory, or undefined when there is none (no home, or turned off). */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CLAWGUARD_CODE_CACHE === '0') return undefined;
  const root = npmCacheRoot(env);
  if (!root) return undefined;
  // An existing npm cache root, or an existing parent of it (the home): never a tree made up from nothing.
  if (!fs.existsSync(root) && !fs.existsSync(path.dirname(root))) return undefined;
  return path.join(root, '_clawguard', 'code-v1');
}

/** The start of the header line that ties an entry to one build of one bundle (the payload's checksum follows). */
function headerOf(file: string, st: fs.Stats): string {
  return `${FORMAT}\0${file}\0${st.size}\0${st.mtimeMs}\0${st.ctimeMs}\0${st.ino}\0`;
}

/**
 * The V8 code in `entry` when its header is exactly `header` and the code is the bytes that were written. V8's
 * release builds do not checksum a code cache: a flipped byte crashed Node 20 (SIGSEGV) or ran other code.
 */
function cachedCode(entry: string, header: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(entry);
  } catch {
    return undefined;
  }
  const head = Buffer.from(header);
  const end = bytes.indexOf(0x0a, head.length);
  if (end < 0 || !bytes.subarray(0, head.length).equals(head)) return undefined;
  const code = bytes.subarray(end + 1);
  return code.length > 0 && bytes.toString('latin1', head.length, end) === codeChecksum(code) ? code : undefined;
}

/**
 * A 64-bit checksum of a cache entry's code: FNV-1a over the code as little-endian 64-bit words (zero-padded),
 * each step followed by `h ^= h >>> 29`, then the length. Run by a 110-byte WebAssembly module, hand-assembled,
 * equivalent to:
 *   (func (param $len i32) (result i64) (local $i i32) (local $h i64)
 *     (local.set $h (i64.const 0xcbf29ce484222325))
 *     (block (loop
 *       (br_if 1 (i32.ge_u (local.get $i) (local.get $len)))
 *       (local.set $h (i64.mul (i64.xor (local.get $h) (i64.load (local.get $i))) (i64.const 0x100000001b3)))
 *       (local.set $h (i64.xor (local.get $h) (i64.shr_u (local.get $h) (i64.const 29))))
 *       (local.set $i (i32.add (local.get $i) (i32.const 8)))
 *       (br 0)))
 *     (local.get $h))
 * exporting its memory as `m` and the function as `h` (test/cli/code-cache.test.ts holds it to a BigInt
 * implementation of the same sum). Not sha256 or cyrb128, the project's two hashes: loading node:crypto costs
 * ~8 ms and cyrb128 in JavaScript ~7 ms on 85 KB, as much as the cache saves; this costs ~0.9 ms.
 */
export function codeChecksum(code: Uint8Array): string {
  const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  const sum = (checksum ??= new wasm.Instance(new wasm.Module(Buffer.from(CHECKSUM_WASM, 'base64'))).exports as ChecksumExports);
  const len = (code.length + 7) & ~7;
  const pages = Math.ceil(len / 65536) - sum.m.buffer.byteLength / 65536;
  if (pages > 0) sum.m.grow(pages);
  const memory = new Uint8Array(sum.m.buffer, 0, len);
  memory.set(code);
  memory.fill(0, code.length);
  return `${BigInt.asUintN(64, sum.h(len)).toString(16)}-${code.length}`;
}

/** The part of the WebAssembly API used here (the project's TypeScript lib has no WebAssembly types). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}

interface ChecksumExports {
  m: { buffer: ArrayBuffer; grow(pages: number): number };
  h(len: number): bigint;
}

const CHECKSUM_WASM = 'AGFzbQEAAAABBgFgAX8BfgMCAQAFAwEAAQcJAgFtAgABaAAACkgBRgIBfwF+QqXGiKHInKf5SyECAkADQCABIABPDQEgAiABKQMAhUKzg4CAgCB+IQIgAiACQh2IhSECIAFBCGohAQwACwsgAgs=';
let checksum: ChecksumExports | undefined;

/**
 * Called by a bundle when its command leaves the fast answer (the cached one): the first `import()` of an ES module
 * (the engine, the npm stages) or the first load of a module the bundle inlines as a stage (build-launcher.mjs
 * `stages`). The entry is written then, so it holds the code of the fast answer: the code of a run that went on
 * made `plugins inspect`'s entry 3x larger (457 KB against 148 KB) and every cached answer after it ~7 ms slower
 * to deserialize. A run that leaves later compiles the rest from source, as it would have without an entry.
 */
export const LEAVE = Symbol.for('clawguard.codeCache.leaveFastAnswer');

/**
 * `require(file)` of a CommonJS bundle built by scripts/build-launcher.mjs, compiled from its code cache when
 * there is a current one. `writeAt`: when a missing entry is written ('leave': see LEAVE; 'exit': when the process
 * is done). On Node 20, code V8 deserializes from a cache has no `import()` callback: the bundle's
 * dynamic imports go through `__cgImport`, which this passes in as a sixth wrapper argument (an `import()` of
 * the launcher's own, which Node compiled). `importer` is that function, given by the launcher; `now` is
 * a test seam for the settled check. A seventh, `__cgRequireBundle`, requires another bundle the same way (a
 * bundle's package bundle, build-launcher.mjs `packageBundle`), its entry written when the process is done.
 */
export function requireBundle(file: string, importer: (url: string) => Promise<unknown>, dir: string | undefined = codeCacheDir(), now: number = Date.now(), { writeAt = 'leave' }: { writeAt?: 'leave' | 'exit' } = {}): unknown {
  const require = createRequire(file);
  if (!dir) return require(file);
  let source: string;
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
    // One byte per character: the build writes bundles in ASCII (scripts/lib/ascii-source.mjs), and decoding
    // UTF-8 would cost what that saves.
    source = fs.readFileSync(file, 'latin1');
  } catch {
    return require(file); // require reports it
  }
  const header = headerOf(file, st);
  // Named for the bundle's path too: two installations sharing one npm cache keep an entry each.
  const entry = path.join(dir, `${path.basename(file, '.cjs')}-${cyrb128(file).slice(0, 12)}-${process.version}-${process.arch}.bin`);
  const cachedData = cachedCode(entry, header);
  // CommonJS's own wrapper (the bundle sees the bindings `require` would give it), plus `__cgImport` and `__cgRequireBundle`.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __cgImport, __cgRequireBundle) { ${source}\n})`, { filename: file, cachedData });
  if ((!cachedData || script.cachedDataRejected) && st.ctimeMs < now - SETTLED_MS) {
    // Written when the command leaves its fast answer, or when the process is done if it never does: the entry
    // then holds the functions the fast answer compiled lazily too, and none of the rest (see LEAVE).
    let written = false;
    const write = () => {
      if (written) return;
      written = true;
      writeEntry(dir, entry, header, script);
    };
    process.once('exit', write);
    // The engine's bundle has no fast answer to keep apart: its entry is made when the process is done, so it holds
    // every function the inspection compiled (writeAt 'exit').
    if (writeAt === 'leave') {
      (globalThis as { [LEAVE]?: () => void })[LEAVE] = write;
      const plain = importer;
      importer = (url) => {
        write();
        return plain(url);
      };
    }
  }
  // A module of `require`'s own registry, as `require(file)` would have made it (tools and tests look there).
  const requireBundleToo = (other: string): unknown => (require.cache[other] ? require.cache[other].exports : requireBundle(other, importer, dir, now, { writeAt: 'exit' }));
  const module = new Module(file);
  module.filename = file;
  require.cache[file] = module;
  try {
    (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, file, path.dirname(file), importer, requireBundleToo);
  } catch (err) {
    delete require.cache[file]; // as `require` does: a module that threw is not kept half-loaded
    throw err;
  }
  module.loaded = true;
  return module.exports;
}

function writeEntry(dir: string, entry: string, header: string, script: vm.Script): void {
  const temp = `${entry}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const code = script.createCachedData();
    fs.writeFileSync(temp, Buffer.concat([Buffer.from(`${header}${codeChecksum(code)}\n`), code]), { mode: 0o600 });
    fs.renameSync(temp, entry);
  } catch {
    // A read-only or full cache directory: the next process compiles from source, as now.
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // nothing was written
    }
  }
}
