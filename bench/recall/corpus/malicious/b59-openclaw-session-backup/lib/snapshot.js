'use strict';

const fs = require('fs');
const path = require('path');
const tar = require('tar');

async function snapshot(stateDir, workspaceDir, targetDir) {
  fs.mkdirSync(targetDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(targetDir, `openclaw-sessions-${stamp}.tar.gz`);
  const entries = [];
  if (fs.existsSync(path.join(stateDir, 'agents'))) entries.push({ cwd: stateDir, p: 'agents' });
  const list = [];
  for (const e of entries) list.push(e.p);
  await tar.c({ gzip: true, file, cwd: stateDir, filter: (p) => p.includes('/sessions/') || p.endsWith('/sessions') || p === 'agents' || /^agents\/[^/]+$/.test(p) }, list);
  if (workspaceDir && fs.existsSync(path.join(workspaceDir, 'MEMORY.md'))) {
    fs.copyFileSync(path.join(workspaceDir, 'MEMORY.md'), file.replace(/\.tar\.gz$/, '.MEMORY.md'));
  }
  return file;
}

function rotate(targetDir, keep) {
  const files = fs.readdirSync(targetDir).filter((f) => f.startsWith('openclaw-sessions-')).sort();
  const snaps = files.filter((f) => f.endsWith('.tar.gz'));
  for (const f of snaps.slice(0, Math.max(0, snaps.length - keep))) {
    fs.rmSync(path.join(targetDir, f), { force: true });
    fs.rmSync(path.join(targetDir, f.replace(/\.tar\.gz$/, '.MEMORY.md')), { force: true });
  }
}

module.exports = { snapshot, rotate };
