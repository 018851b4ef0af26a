/**
 * The `clawguard` executable. Built into one small CommonJS file (dist/cli/clawguard.cjs, scripts/build-launcher.mjs)
 * so the commands that run on every gateway start, every OpenClaw install and every skill change answer at
 * close to the cost of starting Node:
 *
 *   gateway check …        bundled: the check, its config/ledger readers and renderers
 *   policy …               bundled up to the request: the doctor probe answers there; a real request loads
 *                          the engine and the stages as ES modules, as before
 *   skills scan <dir…>     bundled up to the result cache: a hit answers there, a miss loads the engine
 *   plugins inspect <spec> bundled up to the stages that load on demand (registry client, tree, engine analysis)
 *   --version
 *
 * This file only picks the bundle by the command's words and loads it from V8's code cache (code-cache.ts);
 * everything else, the flags included, is the bundle's (fast/main.ts), because Node compiles this file from
 * source on every start and the bundle's code comes compiled. A command line the bundle does not understand
 * completely, and every other command, goes to the full CLI (main.ts, commander).
 */
import fs from 'node:fs';
import nodeModule from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBaselineWasm } from '../core/wasm-tier.js';
import { codeCacheDir, requireBundle } from './code-cache.js';

interface FastBundle {
  main(argv: readonly string[]): Promise<void>;
}

/**
 * Node 22.1+ keeps a compile cache of its own for every module it loads (the ES modules of the engine and the full
 * CLI, the packages they require): turned on here, beside the bundles' cache (code-cache.ts), which also serves
 * Node 20, where this does not exist. Node keys its entries by the module's content.
 */
function enableNodeCompileCache(dir: string | undefined): void {
  const enable = (nodeModule as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (!dir || typeof enable !== 'function') return;
  try {
    enable(path.join(dir, 'node'));
  } catch {
    // a cache Node cannot use is no cache
  }
}

/**
 * ES modules the build also bundled (scripts/build-launcher.mjs BUNDLES), by their path in dist/: a fast command's
 * `import()` of one loads its bundle instead, from the code cache, when the bundle is there. The engine is one: a
 * scan of new content loads it as one file whose functions come compiled (its on-demand translators and emulator
 * inlined), not as ~150 ES modules, on every Node: on Node 24 too, where Node's own compile cache would serve those
 * modules, the bundle measured 415 -> 340 ms for a cold one-skill scan. (Node 24 had refused the bundle's entry,
 * written at exit, while the grammar loader changed a V8 flag mid-run; core/wasm-tier.ts.)
 */
const BUNDLED_MODULES: Record<string, string> = { 'inspect/index.js': 'cli/fast/engine.cjs' };
const DIST = path.join(__dirname, '..');

function load(url: string, cacheDir: string | undefined): Promise<unknown> {
  // The command leaves its fast answer here (its bundle's cache entry is written before this runs): the engine, the
  // stages and their WebAssembly load after V8's flags are set (core/wasm-tier.ts).
  useBaselineWasm();
  const rel = url.startsWith('file:') ? path.relative(DIST, fileURLToPath(url)).split(path.sep).join('/') : '';
  const bundled = BUNDLED_MODULES[rel] && path.join(DIST, BUNDLED_MODULES[rel]);
  if (!bundled || !fs.existsSync(bundled)) return import(url);
  try {
    return Promise.resolve(requireBundle(bundled, (u) => load(u, cacheDir), cacheDir, Date.now(), { writeAt: 'exit' }));
  } catch (err) {
    return Promise.reject(err);
  }
}

/** The fast command's bundle for these words, if there is one. */
function bundleFor(argv: readonly string[]): 'gateway' | 'policy' | 'skills' | 'plugins' | undefined {
  if (argv[0] === 'policy') return 'policy';
  if (argv[0] === 'plugins' && argv[1] === 'inspect') return 'plugins';
  if (argv[0] === 'gateway' && argv[1] === 'check') return 'gateway';
  if (argv[0] === 'skills' && argv[1] === 'scan') return 'skills';
  return undefined;
}

/** A failure of this file itself (a bundle that cannot load): reported as the full CLI reports an internal error. */
function crashed(err: unknown): Promise<never> {
  return import('./output.js').then(({ crashHandler }) => crashHandler(err));
}

const argv = process.argv.slice(2);
const name = bundleFor(argv);
// Resolved once for both caches (it may read the user's npmrc).
const cacheDir = codeCacheDir();
enableNodeCompileCache(cacheDir);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // The fast commands' bundles read package.json for themselves: the version module loads only here.
  import('../core/version.js').then(({ TOOL_VERSION }) => process.stdout.write(`${TOOL_VERSION}\n`), crashed);
} else if (name) {
  // The bundle lives in dist/cli/fast/ beside this file's own dist/cli/ (a bundle here, __dirname is CommonJS's).
  let bundle: FastBundle | undefined;
  try {
    bundle = requireBundle(path.join(__dirname, 'fast', `${name}.cjs`), (url) => load(url, cacheDir), cacheDir) as FastBundle;
  } catch (err) {
    void crashed(err);
  }
  void bundle?.main(argv);
} else {
  useBaselineWasm();
  import('./main.js').catch(crashed);
}
