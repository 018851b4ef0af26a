#!/usr/bin/env node
/**
 * JS parser speed on real package files, side by side in one process: @babel/parser (what the engine's
 * analyzer uses, with its options) against alternatives on the npm registry:
 *   oxc-parser  Rust, prebuilt native binding shipped in an npm package (@oxc-parser/binding-<platform>)
 *   meriyah     pure JS, ESTree
 *   acorn       pure JS, ESTree (what many tools build on)
 * plus a cheap token pre-pass (one regex over the text for the constructs the rules look at): how long it
 * takes, and how many files it would let skip the full parse.
 *
 * The alternatives are not dependencies of clawguard: they are fetched with `npm pack` (the registry of the
 * user's npm configuration, nothing hard-coded) into a temp dir, pinned below. Files: a deterministic sample
 * of .js/.cjs/.mjs files (<= 5 MiB, the engine's cap) of a corpus of real npm packages; default the
 * OpenClaw dependency tree prepared by scripts/setup-openclaw.mjs (331 packages), or --corpus DIR.
 * Rounds are interleaved (a loaded machine slows every parser alike); CPU time of this thread, medians.
 * Writes bench/results/parser.md (and .json).
 *
 * Usage: node bench/parser/run.mjs [--corpus DIR] [--files N] [--rounds N] [--parsers-dir DIR]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const corpus = path.resolve(opt('--corpus', path.join(repo, '.cache/openclaw/openclaw-2026.9.6/node_modules')));
const wantFiles = Number(opt('--files', 400));
const rounds = Number(opt('--rounds', 3));
const PINNED = { 'oxc-parser': '0.159.0', meriyah: '7.4.2', acorn: '8.19.0' };

let parsersDir = opt('--parsers-dir', undefined);
if (!parsersDir) {
  parsersDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-bench-parsers-'));
  process.on('exit', () => fs.rmSync(parsersDir, { recursive: true, force: true }));
  const binding = `@oxc-parser/binding-${process.platform}-${process.arch}${process.platform === 'linux' ? '-gnu' : ''}`;
  for (const [name, version] of [...Object.entries(PINNED), [binding, PINNED['oxc-parser']]]) {
    const file = execFileSync('npm', ['pack', `${name}@${version}`, '--pack-destination', parsersDir, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop();
    const dest = path.join(parsersDir, 'node_modules', name);
    fs.mkdirSync(dest, { recursive: true });
    execFileSync('tar', ['-xzf', path.join(parsersDir, file), '-C', dest, '--strip-components=1']);
  }
}
const requireFrom = createRequire(path.join(parsersDir, 'node_modules', 'index.js'));
const requireRepo = createRequire(path.join(repo, 'package.json'));
const babel = requireRepo('@babel/parser');
const meriyah = requireFrom('meriyah');
const acorn = requireFrom('acorn');
const oxc = await import(pathToFileURL(requireFrom.resolve('oxc-parser')).href);

// A deterministic sample: every k-th JS file of the corpus in path order.
function listJs(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) listJs(full, out);
    else if (e.isFile() && /\.(c|m)?js$/.test(e.name) && !e.name.endsWith('.min.js')) out.push(full);
  }
  return out;
}
const all = listJs(corpus).filter((f) => fs.statSync(f).size <= 5 * 1024 * 1024);
const step = Math.max(1, Math.floor(all.length / wantFiles));
const files = all.filter((_, i) => i % step === 0).slice(0, wantFiles).map((f) => ({ file: f, text: fs.readFileSync(f, 'utf8') }));
const totalBytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);

const babelBase = {
  sourceType: 'unambiguous',
  errorRecovery: true,
  allowReturnOutsideFunction: true,
  allowAwaitOutsideFunction: true,
  allowImportExportEverywhere: true,
  allowSuperOutsideMethod: true,
  allowUndeclaredExports: true,
  tokens: false,
  plugins: ['jsx'],
};
/** Each parser with line information on (the analyzer reports lines); module first, script on failure. */
const parsers = {
  '@babel/parser': (text) => babel.parse(text, babelBase),
  'oxc-parser': (text, file) => {
    const r = oxc.parseSync(file, text, { sourceType: 'unambiguous', lang: 'js' });
    if (r.errors.length && !r.program.body.length) throw new Error(r.errors[0].message);
    return r;
  },
  // Raw transfer: the AST crosses from Rust as one buffer deserialized in JS (no JSON), where supported.
  ...(oxc.rawTransferSupported?.()
    ? {
        'oxc-parser (raw transfer)': (text, file) => {
          const r = oxc.parseSync(file, text, { sourceType: 'unambiguous', lang: 'js', experimentalRawTransfer: true });
          if (r.errors.length && !r.program.body.length) throw new Error(r.errors[0].message);
          return r;
        },
      }
    : {}),
  meriyah: (text) => {
    try {
      return meriyah.parseModule(text, { loc: true, next: true, jsx: true });
    } catch {
      return meriyah.parseScript(text, { loc: true, next: true, jsx: true, webcompat: true });
    }
  },
  acorn: (text) => {
    try {
      return acorn.parse(text, { ecmaVersion: 'latest', sourceType: 'module', locations: true, allowHashBang: true, allowReturnOutsideFunction: true });
    } catch {
      return acorn.parse(text, { ecmaVersion: 'latest', sourceType: 'script', locations: true, allowHashBang: true, allowReturnOutsideFunction: true });
    }
  },
};

// The pre-pass: tokens of the behaviours the rules judge (process/network/eval/decoding/filesystem/env).
// A file with none of them has nothing for a JS rule to match; the full parse could be skipped for it.
const INTERESTING = /\b(?:require|import|eval|Function|child_process|exec|spawn|fork|process|global|globalThis|Buffer|atob|btoa|fromCharCode|fetch|XMLHttpRequest|WebSocket|http|https|net|dgram|dns|tls|fs|os|crypto|vm|worker_threads|Reflect|Proxy|constructor|setTimeout|setInterval|unescape|decodeURIComponent|document|window|navigator|localStorage)\b|\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|[A-Za-z0-9+/]{80,}/;
const prepass = (text) => INTERESTING.test(text);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
// The pre-pass the engine runs (src/inspect/analyzers/js.ts `needsAst`, from dist/): only files it passes are parsed.
const { needsAst } = await import(pathToFileURL(path.join(repo, 'dist/inspect/analyzers/js.js')).href);
const names = [...Object.keys(parsers), 'token pre-pass', "engine's AST gate"];
const samples = Object.fromEntries(names.map((n) => [n, []]));
const failures = Object.fromEntries(names.map((n) => [n, 0]));
// Warm-up round (JIT, lazy module init), untimed.
for (const f of files) for (const p of Object.values(parsers)) try { p(f.text, f.file); } catch { /* counted below */ }
for (let r = 0; r < rounds; r++) {
  for (const name of names) {
    let failed = 0;
    const t = cpu();
    if (name === 'token pre-pass') for (const f of files) prepass(f.text);
    else if (name === "engine's AST gate") for (const f of files) needsAst(f.text);
    else for (const f of files) try { parsers[name](f.text, path.basename(f.file)); } catch { failed++; }
    samples[name].push(cpu() - t);
    failures[name] = failed;
  }
}
const skippable = files.filter((f) => !prepass(f.text));
const gated = files.filter((f) => !needsAst(f.text));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const babelMs = median(samples['@babel/parser']);
const rows = names.map((n) => ({ name: n, ms: Math.round(median(samples[n])), ratio: Number((median(samples[n]) / babelMs).toFixed(3)), mbPerS: Number((totalBytes / 1048576 / (median(samples[n]) / 1000)).toFixed(1)), failed: failures[n] }));

const lines = [
  '# JS parser speed on real package files',
  '',
  `${files.length} files (${(totalBytes / 1048576).toFixed(1)} MiB) sampled from ${path.relative(repo, corpus) || corpus} (${all.length} JS files), ${rounds} interleaved rounds, Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}, ${new Date().toISOString().slice(0, 10)}.`,
  `Versions: @babel/parser ${requireRepo('@babel/parser/package.json').version} (the engine's), ${Object.entries(PINNED).map(([n, v]) => `${n} ${v}`).join(', ')}. CPU time of the parsing thread, median.`,
  '',
  '| parser | CPU ms | ratio to @babel/parser | MiB/s | files it refused |',
  '|---|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.name} | ${r.ms} | ${r.ratio}x | ${r.mbPerS} | ${r.name === 'token pre-pass' || r.name === "engine's AST gate" ? '-' : r.failed} |`),
  '',
  `oxc-parser's raw transfer (AST handed over as one buffer instead of JSON) is ${oxc.rawTransferSupported?.() ? 'measured above' : `not supported on Node ${process.version} (it needs Node 22+): the row above pays for JSON deserialization`}.`,
  '',
  `Token pre-pass: ${skippable.length} of ${files.length} files (${((100 * skippable.length) / files.length).toFixed(1)}%, ${((100 * skippable.reduce((n, f) => n + f.text.length, 0)) / totalBytes).toFixed(1)}% of the bytes) hold none of the tokens the JS rules look at and could skip the full parse.`,
  '',
  `Engine's AST gate (the pre-pass the engine runs, \`needsAst\` in src/inspect/analyzers/js.ts): ${gated.length} of ${files.length} files (${((100 * gated.length) / files.length).toFixed(1)}%, ${((100 * gated.reduce((n, f) => n + f.text.length, 0)) / totalBytes).toFixed(1)}% of the bytes) skip the parse; the text pass has read them, and nothing in them needs the AST.`,
  '',
];
fs.mkdirSync(path.join(repo, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(repo, 'bench/results/parser.md'), lines.join('\n'));
fs.writeFileSync(path.join(repo, 'bench/results/parser.json'), `${JSON.stringify({ files: files.length, bytes: totalBytes, rounds, rows, skippable: skippable.length, gated: gated.length }, null, 2)}\n`);
process.stdout.write(lines.join('\n'));
