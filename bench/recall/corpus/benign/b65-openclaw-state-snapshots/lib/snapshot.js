'use strict';

const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

function stamp() {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

function excludes(cfg) {
  const ex = ['--exclude=./extensions/*/node_modules', '--exclude=./npm', '--exclude=./logs', '--exclude=./sandboxes'];
  if (!cfg.includeCredentials) ex.push('--exclude=./credentials', '--exclude=./agents/*/agent/auth-profiles.json');
  if (!cfg.includeSessions) ex.push('--exclude=./agents/*/sessions');
  return ex;
}

// Snapshots contain credentials, so the folder is created 0700 and every
// archive 0600; they are only ever written to the local destination.
function createSnapshot(stateDir, cfg) {
  const dest = cfg.destination;
  fs.mkdirSync(dest, { recursive: true, mode: 0o700 });
  fs.chmodSync(dest, 0o700);
  const file = path.join(dest, `openclaw-state-${stamp()}.tar.gz`);
  return new Promise((resolve, reject) => {
    const out = fs.createWriteStream(file, { mode: 0o600 });
    const tar = spawn('tar', ['-czf', '-', ...excludes(cfg), '-C', stateDir, '.'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    tar.stderr.on('data', (c) => (err += c));
    tar.stdout.pipe(out);
    tar.on('error', reject);
    tar.on('close', (code) => {
      out.close();
      if (code === 0 || code === 1) resolve(file);
      else {
        fs.rmSync(file, { force: true });
        reject(new Error(`tar exited ${code}: ${err.trim()}`));
      }
    });
  });
}

function prune(dest, keep) {
  const files = fs.readdirSync(dest).filter((f) => /^openclaw-state-.*\.tar\.gz$/.test(f)).sort();
  const remove = files.slice(0, Math.max(0, files.length - keep));
  for (const f of remove) fs.rmSync(path.join(dest, f));
  return remove.length;
}

function list(dest) {
  try {
    return fs.readdirSync(dest).filter((f) => f.endsWith('.tar.gz')).sort().reverse()
      .map((f) => ({ file: path.join(dest, f), bytes: fs.statSync(path.join(dest, f)).size }));
  } catch {
    return [];
  }
}

module.exports = { createSnapshot, prune, list };
