'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const { TAG, BASE, ASSETS } = require('./release');

function managedDir() {
  const base = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
  return path.join(base, 'llamacpp-local', TAG);
}

function findBinary(cfg) {
  if (cfg.serverPath) return fs.existsSync(cfg.serverPath) ? cfg.serverPath : null;
  const a = ASSETS[`${process.platform}-${process.arch}`];
  if (!a) return null;
  const p = path.join(managedDir(), a.bin);
  return fs.existsSync(p) ? p : null;
}

async function download(logger) {
  const key = `${process.platform}-${process.arch}`;
  const a = ASSETS[key];
  if (!a) throw new Error(`no pinned llama.cpp build for ${key}; set serverPath`);
  const dir = managedDir();
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const zip = path.join(dir, a.file);
  logger.info(`llamacpp-local: downloading ${a.file}`);
  const r = await fetch(`${BASE}/${a.file}`);
  if (!r.ok) throw new Error(`download failed: HTTP ${r.status}`);
  const buf = Buffer.from(await r.arrayBuffer());
  const got = crypto.createHash('sha256').update(buf).digest('hex');
  if (got !== a.sha256) throw new Error(`sha256 mismatch for ${a.file}: expected ${a.sha256}, got ${got}`);
  fs.writeFileSync(zip, buf, { mode: 0o600 });
  // unzip via the platform tool; arguments are fixed, no shell
  if (process.platform === 'win32') {
    execFileSync('powershell.exe', ['-NoProfile', '-Command', 'Expand-Archive', '-LiteralPath', zip, '-DestinationPath', dir, '-Force'], { stdio: 'ignore' });
  } else {
    execFileSync('unzip', ['-o', '-q', zip, '-d', dir], { stdio: 'ignore' });
    fs.chmodSync(path.join(dir, a.bin), 0o755);
  }
  fs.unlinkSync(zip);
  return path.join(dir, a.bin);
}

module.exports = { findBinary, download };
