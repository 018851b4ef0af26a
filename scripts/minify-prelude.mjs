#!/usr/bin/env node
/**
 * The emulator's prelude, compacted for the sandbox (run by scripts/postbuild.mjs, after tsc and before the
 * engine code digest is recorded): dist/emulate/prelude/prelude.min.json holds PRELUDE_FUNCTION (and the lazy
 * units it carries as strings) with comments and whitespace removed (esbuild, whitespace only: no identifier is renamed and no syntax is
 * rewritten, so every function keeps its name and behaviour) and the digest of the source it was made from.
 * QuickJS parses the prelude in every emulation run; see src/emulate/prelude/index.ts for when the copy is used.
 * Without esbuild (a production install) the step is skipped and the prelude runs as written.
 */
import fs from 'node:fs';

const prelude = await import(new URL('../dist/emulate/prelude/index.js', import.meta.url).href);
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('esbuild is not installed: the emulator prelude is left as written\n');
}
if (esbuild) {
  const source = prelude.PRELUDE_FUNCTION;
  const compact = (src) => {
    // one expression statement: the function expression, without the `;` esbuild ends statements with
    const code = esbuild.transformSync(src, { loader: 'js', target: 'esnext', minifyWhitespace: true, legalComments: 'none', charset: 'utf8' }).code.trim().replace(/;$/, '');
    if (!/^\(function\s*\(\w*\)\s*\{/.test(code) || !code.endsWith('})')) throw new Error(`minify-prelude: unexpected output shape: ${code.slice(0, 40)}…${code.slice(-20)}`);
    return code;
  };
  // the lazy units are string literals in the prelude: compacted on their own, then the whole
  const units = Object.fromEntries(prelude.UNIT_NAMES.map((n) => [n, compact(prelude.unitSource(n))]));
  const code = compact(prelude.assemblePrelude(units));
  const file = prelude.PRELUDE_MIN_FILE;
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ digest: prelude.preludeDigest(source), code }));
  fs.renameSync(tmp, file);
  process.stderr.write(`compacted the emulator prelude: ${source.length} → ${code.length} characters (${file})\n`);
}
