/**
 * Bundle the launcher (src/cli/launcher.ts, compiled to dist/cli/launcher.js) into dist/cli/clawguard.cjs, a
 * CommonJS file, so `clawguard gateway check`, the policy hook and a cached `skills scan` start without
 * resolving, reading and linking dozens of ES modules (measured: bench/startup).
 *
 * - The launcher is tiny: it reads the command line and `require()`s the bundle of the one fast command
 *   (dist/cli/fast/<name>.cjs), or imports the full CLI (main.js).
 * - Static imports are bundled. Every dynamic import stays a real `import()` of the built ES module beside
 *   it (the engine, the stages, the full CLI): what is heavy stays lazy and loads exactly as in the ESM build.
 * - Packages in node_modules stay `require()`s.
 * - `import.meta.url` in a bundled module becomes that module's own file URL in dist/, so the paths it
 *   resolves (rules, package.json, workers, grammars) are the same as in the ESM build.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

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
  { entry: 'cli/fast/skills.js', out: 'cli/fast/skills.cjs' },
];

function plugin(outDir, inline = []) {
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
        if (inline.includes(path.relative(dist, target).split(path.sep).join('/'))) return undefined;
        return { path: relative(target), external: true };
      });
      b.onLoad({ filter: /\.js$/ }, async (args) => {
        const source = await fs.promises.readFile(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return { contents: source, loader: 'js' };
        // A module may shadow `require` (`const require = createRequire(import.meta.url)`): the helper is
        // defined once at the top of the bundle, where `require` is CommonJS's own.
        return { contents: source.replaceAll('import.meta.url', `__cgFileUrl(${JSON.stringify(path.relative(outDir, args.path))})`), loader: 'js' };
      });
    },
  };
}

/**
 * esbuild turns each `import fs from 'node:fs'` into `__toESM(require("node:fs"), 1)`, which copies every
 * property of the module onto a fresh object: ~40 such imports cost a start ~10 ms. The same module gives the
 * same namespace, so it is made once per builtin.
 */
/** `import.meta.url` of a bundled module: its own file in dist/, relative to the bundle. */
const FILE_URL = 'function __cgFileUrl(rel) {\n  return require("node:url").pathToFileURL(require("node:path").join(__dirname, rel)).href;\n}';

const BUILTIN_NAMESPACE = 'var __cgBuiltins = new Map();\nfunction __cgBuiltin(mod) {\n  let ns = __cgBuiltins.get(mod);\n  if (!ns) __cgBuiltins.set(mod, (ns = __toESM(mod, 1)));\n  return ns;\n}\n';

for (const { entry, out, inline } of BUNDLES) {
  const outfile = path.join(dist, out);
  const result = await build({
    entryPoints: [path.join(dist, entry)],
    outfile,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    plugins: [plugin(path.dirname(outfile), inline)],
    banner: out === 'cli/clawguard.cjs' ? { js: '#!/usr/bin/env node' } : undefined,
    legalComments: 'none',
    logLevel: 'warning',
  });
  let code = result.outputFiles[0].text.replace(/__toESM\(require\("(node:[a-z_/]+)"\), 1\)/g, '__cgBuiltin(require("$1"))');
  if (code.includes('__cgBuiltin(')) code = code.replace(/\n(var __toESM = )/, `\n${BUILTIN_NAMESPACE}$1`);
  // After the "use strict" directive (the bundle stays strict code, as the ES modules were).
  if (code.includes('__cgFileUrl(')) code = code.replace(/^((?:#!.*\n)?"use strict";\n)/, `$1${FILE_URL}\n`);
  if (code.includes('__cgFileUrl(') && !code.includes('function __cgFileUrl(')) throw new Error(`${out}: no "use strict" prologue to put the import.meta.url helper after`);
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  fs.writeFileSync(outfile, code, { mode: out === 'cli/clawguard.cjs' ? 0o755 : 0o644 });
  if (out === 'cli/clawguard.cjs') fs.chmodSync(outfile, 0o755);
}
console.log(`bundled the launcher: ${BUNDLES.map(({ out }) => `dist/${out} (${fs.statSync(path.join(dist, out)).size} bytes)`).join(', ')}`);
