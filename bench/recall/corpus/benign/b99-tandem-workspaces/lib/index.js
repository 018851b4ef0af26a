'use strict';
const { spawn } = require('node:child_process');
const os = require('node:os');
const { readWorkspaces, topoLevels } = require('./workspaces');

const COLORS = [36, 35, 33, 32, 34, 91, 96, 95];

function npmClient() {
  const ua = process.env.npm_config_user_agent || '';
  if (ua.startsWith('pnpm')) return 'pnpm';
  if (ua.startsWith('yarn')) return 'yarn';
  return 'npm';
}

function runScript(ws, script, color, extraArgs) {
  return new Promise((resolve) => {
    const client = npmClient();
    const args = client === 'yarn' ? ['run', script, ...extraArgs] : ['run', script, '--', ...extraArgs];
    if (client === 'npm' && !extraArgs.length) args.pop();
    const child = spawn(client, args, {
      cwd: ws.dir,
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
      shell: process.platform === 'win32',
    });
    const prefix = `\x1b[${color}m${ws.name}\x1b[0m │ `;
    const pipe = (stream, out) => {
      let buf = '';
      stream.on('data', (d) => {
        buf += d;
        const lines = buf.split('\n');
        buf = lines.pop();
        for (const l of lines) out.write(prefix + l + '\n');
      });
      stream.on('end', () => buf && out.write(prefix + buf + '\n'));
    };
    pipe(child.stdout, process.stdout);
    pipe(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ name: ws.name, code }));
  });
}

async function pool(items, limit, fn) {
  const results = [];
  let i = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (i < items.length) {
      const idx = i++;
      results[idx] = await fn(items[idx], idx);
    }
  });
  await Promise.all(workers);
  return results;
}

async function run({ root = process.cwd(), script, filter, concurrency = os.availableParallelism?.() || 4, bail = true, args = [] }) {
  let workspaces = readWorkspaces(root).filter((w) => w.pkg.scripts && w.pkg.scripts[script]);
  if (filter) {
    const re = new RegExp('^' + filter.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
    workspaces = workspaces.filter((w) => re.test(w.name));
  }
  const failures = [];
  let colorIdx = 0;
  for (const level of topoLevels(workspaces)) {
    const results = await pool(level, concurrency, (ws) => runScript(ws, script, COLORS[colorIdx++ % COLORS.length], args));
    failures.push(...results.filter((r) => r.code !== 0));
    if (failures.length && bail) break;
  }
  return { ran: workspaces.length, failures };
}

module.exports = { run };
