'use strict';
// Every external command run by repo-doctor is listed in README.md ("Commands we run").
// All are read-only version/status queries, executed with execFile (no shell).
const { execFile } = require('child_process');
const fs = require('fs');
const path = require('path');

function run(cmd, args, cwd) {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, timeout: 10000, windowsHide: true }, (err, stdout, stderr) => {
      resolve({ ok: !err, out: String(stdout).trim(), err: String(stderr).trim() });
    });
  });
}

function satisfiesMajor(range, version) {
  const m = /(\d+)/.exec(range || '');
  return !m || Number(version.split('.')[0]) >= Number(m[1]);
}

async function checks(cwd = process.cwd()) {
  const results = [];
  const pkgPath = path.join(cwd, 'package.json');
  const pkg = fs.existsSync(pkgPath) ? JSON.parse(fs.readFileSync(pkgPath, 'utf8')) : {};

  const nodeV = process.versions.node;
  results.push({ name: 'node', ok: satisfiesMajor(pkg.engines && pkg.engines.node, nodeV), detail: nodeV });

  for (const [tool, args] of [['git', ['--version']], ['npm', ['--version']], ['pnpm', ['--version']], ['docker', ['--version']]]) {
    const r = await run(process.platform === 'win32' && tool !== 'git' && tool !== 'docker' ? `${tool}.cmd` : tool, args, cwd);
    results.push({ name: tool, ok: r.ok || tool === 'pnpm' || tool === 'docker', detail: r.ok ? r.out : 'not found' });
  }

  const st = await run('git', ['status', '--porcelain', '--', 'package-lock.json', 'pnpm-lock.yaml'], cwd);
  if (st.ok) results.push({ name: 'lockfile committed', ok: st.out === '', detail: st.out || 'clean' });

  const ls = await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ls', '--depth=0', '--json'], cwd);
  if (ls.out) {
    try {
      const j = JSON.parse(ls.out);
      const problems = (j.problems || []).length;
      results.push({ name: 'installed deps match lockfile', ok: problems === 0, detail: problems ? `${problems} problems` : 'ok' });
    } catch (_) {}
  }
  return results;
}

module.exports = { checks };
