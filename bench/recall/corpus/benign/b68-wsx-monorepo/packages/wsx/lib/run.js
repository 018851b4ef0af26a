'use strict';
const { spawn } = require('child_process');
const path = require('path');
let graph;
try { graph = require('@wsx/graph'); } catch { graph = require('../../graph/lib/index.js'); }

const COLORS = [36, 35, 33, 32, 34, 91, 92, 93, 94, 95];

function npmCommand() {
  // Reuse the npm that launched us when available (npm_execpath), else npm on PATH.
  if (process.env.npm_execpath && /npm-cli\.js$/.test(process.env.npm_execpath)) return [process.execPath, [process.env.npm_execpath]];
  return [process.platform === 'win32' ? 'npm.cmd' : 'npm', []];
}

function prefixLines(stream, prefix, out) {
  let buf = '';
  stream.on('data', (d) => {
    buf += d;
    const lines = buf.split('\n');
    buf = lines.pop();
    for (const l of lines) out.write(`${prefix} ${l}\n`);
  });
  stream.on('end', () => buf && out.write(`${prefix} ${buf}\n`));
}

function runOne(ws, script, args, i, opts) {
  return new Promise((resolve) => {
    const [cmd, pre] = npmCommand();
    const color = COLORS[i % COLORS.length];
    const prefix = process.stdout.isTTY && !process.env.NO_COLOR ? `\x1b[${color}m${ws.name}\x1b[0m` : `[${ws.name}]`;
    const started = Date.now();
    const child = spawn(cmd, [...pre, 'run', script, ...(args.length ? ['--', ...args] : [])], {
      cwd: ws.dir,
      env: { ...process.env, WSX_WORKSPACE: ws.name },
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    prefixLines(child.stdout, prefix, process.stdout);
    prefixLines(child.stderr, prefix, process.stderr);
    child.on('close', (code) => {
      if (opts.verbose) process.stderr.write(`${prefix} exited ${code} in ${Date.now() - started}ms\n`);
      resolve({ ws: ws.name, code });
    });
  });
}

async function run(root, script, { parallel = 1, ifPresent = false, filter, args = [], bail = true, verbose = false } = {}) {
  let levels = graph.toposort(graph.discover(root));
  if (filter) levels = levels.map((l) => l.filter((w) => w.name === filter || w.name.includes(filter))).filter((l) => l.length);
  const results = [];
  let idx = 0;
  for (const level of levels) {
    const todo = level.filter((w) => {
      if (w.scripts[script]) return true;
      if (!ifPresent) results.push({ ws: w.name, code: 1, error: `missing script "${script}"` });
      return false;
    });
    const queue = [...todo];
    const workers = Array.from({ length: Math.max(1, Math.min(parallel, queue.length)) }, async () => {
      while (queue.length) {
        const w = queue.shift();
        results.push(await runOne(w, script, args, idx++, { verbose }));
      }
    });
    await Promise.all(workers);
    if (bail && results.some((r) => r.code !== 0)) break;
  }
  return results;
}

module.exports = { run };
