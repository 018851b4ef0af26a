'use strict';
const fs = require('fs');
const path = require('path');

function readPkg(cwd) {
  return JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8'));
}

function pickEntry(cwd, flags) {
  if (flags.entry) return flags.entry;
  for (const c of ['src/index.ts', 'src/index.tsx', 'src/index.js', 'src/index.mjs', 'index.js']) {
    if (fs.existsSync(path.join(cwd, c))) return c;
  }
  throw new Error('bundlewright: no entry found, pass --entry=');
}

function options(cwd, flags) {
  const pkg = readPkg(cwd);
  const external = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  return {
    absWorkingDir: cwd,
    entryPoints: [pickEntry(cwd, flags)],
    bundle: true,
    platform: flags.platform || 'neutral',
    target: flags.target || 'es2020',
    minify: !!flags.minify,
    sourcemap: true,
    external,
    outdir: flags.outdir || 'dist',
    logLevel: 'info',
  };
}

async function build(cwd, flags = {}) {
  const esbuild = require('esbuild');
  const base = options(cwd, flags);
  const t = Date.now();
  await Promise.all([
    esbuild.build({ ...base, format: 'esm', outExtension: { '.js': '.mjs' } }),
    esbuild.build({ ...base, format: 'cjs', outExtension: { '.js': '.cjs' } }),
  ]);
  console.log(`bundlewright: built esm + cjs in ${Date.now() - t}ms`);
}

async function watch(cwd, flags = {}) {
  const esbuild = require('esbuild');
  const ctx = await esbuild.context({ ...options(cwd, flags), format: 'esm', outExtension: { '.js': '.mjs' } });
  await ctx.watch();
  console.log('bundlewright: watching…');
}

module.exports = { build, watch };
