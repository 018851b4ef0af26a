/**
 * Bundle the launcher (src/cli/launcher.ts, compiled to dist/cli/launcher.js) into dist/cli/clawguard.cjs, a
 * CommonJS file, so `clawguard gateway check`, the policy hook and a cached `skills scan` start without
 * resolving, reading and linking dozens of ES modules (measured: bench/startup).
 *
 * - The launcher is tiny: it reads the command line and `require()`s the bundle of the one fast command
 *   (dist/cli/fast/<name>.cjs), or imports the full CLI (main.js).
 * - Static imports are bundled. Every dynamic import stays a real `import()` of the built ES module beside
 *   it (the engine, the stages, the full CLI): what is heavy stays lazy and loads exactly as in the ESM build;
 *   except a bundle's `inline` list, bundled too and run when the import runs. Its `stages` (a part of `inline`)
 *   are what a command loads when the cached answer does not serve: each tells the launcher's code cache when it
 *   first runs, so the cache holds the fast answer's code and not theirs (src/cli/code-cache.ts `LEAVE`).
 * - Packages in node_modules stay `require()`s, except a bundle's `packages` list: bundled, with what they require,
 *   into a bundle of their own (`packageBundle`) that loads the first time one of them is required, from the code
 *   cache too. Each builtin is one shared module of the bundle (below).
 * - `import.meta.url` in a bundled module becomes that module's own file URL in dist/, so the paths it
 *   resolves (rules, package.json, workers, grammars) are the same as in the ESM build.
 * All of it through esbuild's plugin, inject and banner options: esbuild's output is written as it comes.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { asciiSource } from './lib/ascii-source.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
/** The name of src/cli/code-cache.ts `LEAVE` (a `Symbol.for` key). */
const LEAVE = 'clawguard.codeCache.leaveFastAnswer';

/** The executable and one bundle per fast command (the launcher requires only the one it runs). */
export const BUNDLES = [
  { entry: 'cli/launcher.js', out: 'cli/clawguard.cjs' },
  { entry: 'cli/fast/gateway.js', out: 'cli/fast/gateway.cjs' },
  // A real policy request loads these with `import()`: bundled, they load with it from this one file (lazily:
  // esbuild runs a module imported dynamically only when the import runs, so the doctor probe still pays for
  // none of them). What they import dynamically (the engine, the npm stages) stays an ES module.
  {
    entry: 'cli/fast/policy.js',
    out: 'cli/fast/policy.cjs',
    inline: ['engine/index.js', 'inspect/suppressions.js', 'openclaw/policy/evaluate.js', 'openclaw/policy/stages/package-dir.js', 'openclaw/policy/stages/dependency-tree.js', 'openclaw/policy/stages/skill.js'],
  },
  // The report renderers, for text, SARIF and HTML output (a --json scan runs none of them).
  { entry: 'cli/fast/skills.js', out: 'cli/fast/skills.cjs', inline: ['report/format-text.js', 'report/format-sarif.js', 'report/format-html.js'] },
  // The stages (the spec parser among them) run only when the directory's stat record does not answer
  // (src/install/inspect-plugin.ts): bundled, and run lazily, so a repeat loads no node:crypto or child_process.
  // npm's config loader and spec parser (~90 CommonJS files: semver alone is 47), which the stages and a user's
  // npmrc need, are a bundle of their own (dist/cli/fast/npm.cjs): from the code cache too, but not read by a
  // repeat that needs neither. In this bundle they were 600 of its 854 KB, and reading and compiling a file costs
  // by its size (a repeat spent ~14 ms of its ~70 ms on this one).
  {
    entry: 'cli/fast/plugins.js',
    out: 'cli/fast/plugins.cjs',
    inline: ['report/format-text.js', 'report/format-sarif.js', 'report/format-html.js', 'resolve/npmcli-config.js'],
    stages: ['resolve/spec.js', 'install/inspection.js', 'install/source.js', 'install/scratch.js', 'tree/stage.js', 'tree/plan-project.js'],
    packages: ['npm-package-arg', 'semver', '@npmcli/config'],
    packageBundle: 'cli/fast/npm.cjs',
  },
  // The engine, for the fast commands' `import()` of it (src/cli/launcher.ts BUNDLED_MODULES): one file from the
  // code cache instead of its ES modules. What it imports on demand (the translators, the emulator) is inlined and
  // runs when the import does: as ES modules beside it, they would load a second copy of the modules they share
  // with the engine (the shell lowering, the classifiers), each compiling its patterns again.
  { entry: 'inspect/index.js', out: 'cli/fast/engine.cjs', inline: ['inspect/lang/index.js', 'inspect/lang/python.js', 'inspect/lang/powershell.js', 'inspect/lang/ruby.js', 'inspect/lang/go.js', 'emulate/index.js'] },
];

/**
 * A builtin (`node:fs`) is one module of the bundle that exports the builtin's own object as its default and,
 * by name, the names the build's modules import from it by name, so every importer shares it. esbuild's default,
 * `__toESM(require("node:fs"))` in each importing module, copies every property onto a fresh object per import:
 * ~40 such imports cost a start ~10 ms. Only imported names are read at load: the bundle is built on one Node and
 * run on another, where a property may have become a deprecated accessor (Node 24's `fs.F_OK` warns when read).
 * Accessors (`fs.promises`, `crypto.webcrypto`) are not read at load (they load more modules): reach them through
 * the default import; a named import of one, or a namespace import of a builtin, fails the build, never the run.
 */
const BUILTIN_NS = 'clawguard-builtin';

/** Per builtin, the names the build's modules import from it by name (`import { createHash } from 'node:crypto'`). */
const importedNames = new Map();
function scanImports(file) {
  for (const m of fs.readFileSync(file, 'utf8').matchAll(/import\s*(?:\w+\s*,\s*)?\{([^}]*)\}\s*from\s*['"](node:[\w/]+)['"]/g)) {
    const names = importedNames.get(m[2]) ?? new Set();
    for (const spec of m[1].split(',')) {
      const name = spec.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0];
      if (name) names.add(name);
    }
    importedNames.set(m[2], names);
  }
}
for (const rel of fs.readdirSync(dist, { recursive: true, encoding: 'utf8' })) if (rel.endsWith('.js')) scanImports(path.join(dist, rel));

function builtinModule(name) {
  const mod = createRequire(import.meta.url)(name);
  const descriptors = Object.getOwnPropertyDescriptors(mod);
  // An imported name that is not a data property here is left out: esbuild then fails the build on the import.
  const names = [...(importedNames.get(name) ?? [])].filter((key) => key !== 'default' && descriptors[key] && 'value' in descriptors[key]).sort();
  return [`const __cgMod = require(${JSON.stringify(name)});`, 'export default __cgMod;', names.length ? `export const { ${names.join(', ')} } = __cgMod;` : ''].join('\n');
}

/**
 * Every dynamic import a fast bundle keeps (relative to the bundle) becomes `__cgDynamicImport(rel)`, rewritten
 * after esbuild, the helper defined by the bundle's footer. The launcher compiles a fast bundle from V8's code
 * cache (src/cli/code-cache.ts), and on Node 20 code deserialized from that cache loses its `import()` callback:
 * the launcher passes its own `import()` as the CommonJS wrapper's sixth argument, `__cgImport`. Under a plain
 * `require()` there is no such binding and the bundle's own `import()` runs.
 */
const DYNAMIC_IMPORT_HELPER = [
  'function __cgDynamicImport(rel) {',
  '  const url = require("node:url").pathToFileURL(require("node:path").join(__dirname, rel)).href;',
  '  return typeof __cgImport === "function" ? __cgImport(url) : import(url);',
  '}',
].join('\n');

/**
 * A package of a bundle's `packages` list, from its package bundle (`packageBundle`, beside it): that bundle is
 * required the first time one of its packages is, through the launcher's code cache (`__cgRequireBundle`, passed
 * in as a seventh wrapper argument by src/cli/code-cache.ts), or by a plain `require()` without it. It exports one
 * function per package, so each package's modules run only when that package is required, as from node_modules.
 */
const PACKAGE_NS = 'clawguard-package';
const packageHelper = (rel) =>
  [
    'var __cgPackages;',
    'function __cgPackage(spec) {',
    `  const file = require("node:path").join(__dirname, ${JSON.stringify(rel)});`,
    '  __cgPackages ??= typeof __cgRequireBundle === "function" ? __cgRequireBundle(file) : require(file);',
    '  return __cgPackages[spec]();',
    '}',
  ].join('\n');

function rewriteDynamicImports(outfile, dynamicImports) {
  let code = fs.readFileSync(outfile, 'utf8');
  for (const rel of dynamicImports) code = code.replaceAll(`import(${JSON.stringify(rel)})`, `__cgDynamicImport(${JSON.stringify(rel)})`);
  // (not a mention in a block comment: the engine's documentation quotes `await import('x')`)
  const left = /\bimport\(\s*["'`]/.exec(code.replace(DYNAMIC_IMPORT_HELPER, '').replace(/\/\*[\s\S]*?\*\//g, ''));
  if (left) throw new Error(`${path.relative(dist, outfile)}: a dynamic import was not rewritten: ${code.slice(left.index, left.index + 80)}`);
  fs.writeFileSync(outfile, code);
}

function plugin(outDir, inline = [], dynamicImports = new Set(), packages = [], stages = [], required = new Set()) {
  const relative = (target) => {
    const rel = path.relative(outDir, target);
    return rel.startsWith('.') ? rel : `./${rel}`;
  };
  return {
    name: 'clawguard-launcher',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\//, namespace: 'file' }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const target = path.resolve(args.resolveDir, args.path);
        const rel = path.relative(dist, target).split(path.sep).join('/');
        if (inline.includes(rel) || stages.includes(rel)) return undefined;
        dynamicImports.add(relative(target));
        return { path: relative(target), external: true };
      });
      // A package our modules import: from the package bundle when the bundle lists it (packageHelper), else a
      // `require()` at run time as in every other bundle. A package's dynamic import would stay one.
      if (packages.length > 0) {
        b.onResolve({ filter: /^[^./]/ }, (args) => {
          if (args.path.startsWith('node:') || args.importer.split(path.sep).includes('node_modules')) return undefined;
          const listed = packages.some((p) => args.path === p || args.path.startsWith(`${p}/`));
          if (!listed || args.kind === 'dynamic-import') return { path: args.path, external: true };
          required.add(args.path);
          return { path: args.path, namespace: PACKAGE_NS };
        });
        b.onLoad({ filter: /.*/, namespace: PACKAGE_NS }, (args) => ({ contents: `module.exports = __cgPackage(${JSON.stringify(args.path)});`, loader: 'js' }));
      }
      // Static imports of builtins from our modules: the shared module above. Its own `require` stays external.
      b.onResolve({ filter: /^node:/ }, (args) => (args.kind === 'import-statement' && args.namespace === 'file' ? { path: args.path, namespace: BUILTIN_NS } : undefined));
      b.onLoad({ filter: /.*/, namespace: BUILTIN_NS }, (args) => ({ contents: builtinModule(args.path), loader: 'js' }));
      b.onLoad({ filter: /\.js$/ }, async (args) => {
        const rel = path.relative(dist, args.path).split(path.sep).join('/');
        let read = await fs.promises.readFile(args.path, 'utf8');
        if (rel === REGEX_TIER) read = await withGates(read);
        // A stage: its first run is where the command leaves the cached answer (src/cli/code-cache.ts LEAVE).
        const source = stages.includes(rel) ? `globalThis[Symbol.for(${JSON.stringify(LEAVE)})]?.();\n${read}` : read;
        // A namespace import would reach only the names other modules import by name (builtinModule): refuse it.
        if (/import\s*\*\s*as\s+\w+\s+from\s*['"]node:/.test(source)) throw new Error(`${path.relative(dist, args.path)}: a namespace import of a builtin cannot be bundled; import the default or the names it uses`);
        if (!source.includes('import.meta.url')) return { contents: source, loader: 'js' };
        // `import.meta.url` of a bundled module is its own file in dist/: the helper (FILE_URL, injected once
        // into the bundle, where `require` is CommonJS's own even if this module shadows it) computes it.
        return { contents: source.replaceAll('import.meta.url', `__cgFileUrl(${JSON.stringify(path.relative(outDir, args.path))})`), loader: 'js' };
      });
    },
  };
}

/**
 * The regex gates the build read (scripts/compile-rules.mjs, dist/inspect/analyzers/regex-gates.json) go into a
 * bundle that holds the pattern reader: the table is used only while the reader's text is the one that wrote it
 * (src/inspect/analyzers/regex-tier.ts `gateReader`), and esbuild reprints that text, so a bundle would otherwise read
 * every pattern again at run time (~85 ms of a cold scan). Embedded only when the table was written by this build's
 * reader; else the bundle reads the patterns itself, as the ES module would with a stale table.
 */
const REGEX_TIER = 'inspect/analyzers/regex-tier.js';
async function withGates(source) {
  const tier = await import(pathToFileURL(path.join(dist, REGEX_TIER)).href);
  const gates = tier.gatesFromArtifact();
  if (!gates) return source;
  const out = source.replace(/^let built;$/m, () => `let built = new Map(${JSON.stringify([...gates])});`);
  if (out === source) throw new Error(`${REGEX_TIER}: the table's declaration (\`let built;\`) was not found to embed the gates`);
  return out;
}

/** `import.meta.url` of a bundled module: its own file in dist/, given relative to the bundle (injected by esbuild). */
const FILE_URL = path.join(fileURLToPath(new URL('.', import.meta.url)), 'lib/launcher-file-url.mjs');
scanImports(FILE_URL);

const built = BUNDLES.map(({ out }) => out);
for (const { entry, out, inline, packages, stages, packageBundle } of BUNDLES) {
  const outfile = path.join(dist, out);
  const dynamicImports = new Set();
  const required = new Set();
  await build({
    entryPoints: [path.join(dist, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    ...(packages ? {} : { packages: 'external' }),
    plugins: [plugin(path.dirname(outfile), inline, dynamicImports, packages, stages, required)],
    inject: [FILE_URL],
    banner: out === 'cli/clawguard.cjs' ? { js: '#!/usr/bin/env node' } : undefined,
    // A footer, not a banner: the bundle's "use strict" must stay its first statement (a declaration is hoisted).
    footer: out === 'cli/clawguard.cjs' ? undefined : { js: packageBundle ? `${DYNAMIC_IMPORT_HELPER}\n${packageHelper(path.relative(path.dirname(out), packageBundle))}` : DYNAMIC_IMPORT_HELPER },
    legalComments: 'none',
    logLevel: 'warning',
  });
  // The launcher itself is compiled by Node from source (it is the entry): its `import()` works as written.
  if (out !== 'cli/clawguard.cjs') rewriteDynamicImports(outfile, dynamicImports);
  // One byte per character when the launcher reads it (scripts/lib/ascii-source.mjs).
  fs.writeFileSync(outfile, asciiSource(fs.readFileSync(outfile, 'utf8'), outfile));
  fs.chmodSync(outfile, out === 'cli/clawguard.cjs' ? 0o755 : 0o644);
  if (packageBundle) {
    // The packages this bundle's modules require, each behind a function (its modules run when it is required).
    const contents = [...required].sort().map((spec) => `exports[${JSON.stringify(spec)}] = () => require(${JSON.stringify(spec)});`).join('\n');
    const packageFile = path.join(dist, packageBundle);
    await build({
      stdin: { contents, resolveDir: path.dirname(outfile), loader: 'js', sourcefile: packageBundle },
      outfile: packageFile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      legalComments: 'none',
      logLevel: 'warning',
    });
    fs.writeFileSync(packageFile, asciiSource(fs.readFileSync(packageFile, 'utf8'), packageFile));
    fs.chmodSync(packageFile, 0o644);
    built.push(packageBundle);
  }
}
console.log(`bundled the launcher: ${built.map((out) => `dist/${out} (${fs.statSync(path.join(dist, out)).size} bytes)`).join(', ')}`);
