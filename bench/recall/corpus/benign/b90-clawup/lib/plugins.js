'use strict';
const { execFileSync } = require('child_process');
const { confirm } = require('./prompt');

function run(cmd, args) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
}

function newer(a, b) {
  const pa = String(a).split(/[.-]/).map(Number);
  const pb = String(b).split(/[.-]/).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if ((pb[i] || 0) !== (pa[i] || 0)) return (pb[i] || 0) > (pa[i] || 0);
  }
  return false;
}

function outdated() {
  const list = JSON.parse(run('openclaw', ['plugins', 'list', '--json']));
  const rows = [];
  const core = run('openclaw', ['--version']).trim().split(/\s+/).pop();
  const coreLatest = run('npm', ['view', 'openclaw', 'version']).trim();
  rows.push({ name: 'openclaw', current: core, latest: coreLatest, outdated: newer(core, coreLatest) });
  for (const p of list.plugins || list) {
    if (!p.npmSpec && !p.package) continue;
    const name = p.package || p.npmSpec.replace(/@[^@/]+$/, '');
    let latest = '?';
    try { latest = run('npm', ['view', name, 'version']).trim(); } catch {}
    rows.push({ name, id: p.id, current: p.version, latest, outdated: latest !== '?' && newer(p.version, latest) });
  }
  return rows;
}

async function check() {
  const rows = outdated();
  for (const r of rows) console.log(`${r.outdated ? '↑' : ' '} ${r.name.padEnd(40)} ${String(r.current).padEnd(12)} ${r.latest}`);
  return 0;
}

async function update(names, { yes }) {
  const rows = outdated().filter((r) => r.outdated && r.id && (!names.length || names.includes(r.name) || names.includes(r.id)));
  if (!rows.length) { console.log('Everything is up to date.'); return 0; }
  console.log(rows.map((r) => `  ${r.name} ${r.current} -> ${r.latest}`).join('\n'));
  if (!yes && !(await confirm(`Update ${rows.length} plugin(s)?`))) return 1;
  for (const r of rows) execFileSync('openclaw', ['plugins', 'update', r.id], { stdio: 'inherit', shell: process.platform === 'win32' });
  return 0;
}

module.exports = { check, update, newer };
