'use strict';
// Runs the user's configured formatter, e.g. in package.json:
//   "fmtRunner": { "command": "prettier", "args": ["--write"] }
//   "fmtRunner": { "command": "biome", "args": ["format", "--write"] }
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const DEFAULTS = { command: 'prettier', args: ['--write'], timeoutMs: 60000 };

function findConfig(startDir) {
  let dir = path.resolve(startDir);
  for (;;) {
    const pkgPath = path.join(dir, 'package.json');
    if (fs.existsSync(pkgPath)) {
      const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
      return { root: dir, cfg: { ...DEFAULTS, ...(pkg.fmtRunner || {}) } };
    }
    const up = path.dirname(dir);
    if (up === dir) return { root: path.resolve(startDir), cfg: { ...DEFAULTS } };
    dir = up;
  }
}

function resolveBin(root, command) {
  const ext = process.platform === 'win32' ? '.cmd' : '';
  const local = path.join(root, 'node_modules', '.bin', command + ext);
  return fs.existsSync(local) ? local : command; // fall back to PATH
}

/**
 * Format files with the project's formatter. No shell is involved: the command and
 * arguments are passed as an argv array, with the file paths appended.
 */
function format(files, { cwd = process.cwd() } = {}) {
  const { root, cfg } = findConfig(cwd);
  if (typeof cfg.command !== 'string' || !Array.isArray(cfg.args)) {
    return Promise.reject(new Error('fmtRunner.command must be a string and args an array'));
  }
  const bin = resolveBin(root, cfg.command);
  const abs = files.map((f) => path.resolve(cwd, f));
  return new Promise((resolve, reject) => {
    const child = spawn(bin, [...cfg.args, ...abs], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32' && bin.endsWith('.cmd'),
      windowsHide: true,
    });
    let out = '', err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const timer = setTimeout(() => child.kill('SIGTERM'), cfg.timeoutMs);
    child.on('error', (e) => { clearTimeout(timer); reject(new Error(`cannot start ${cfg.command}: ${e.message}`)); });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve({ command: cfg.command, files: abs.length, stdout: out });
      else reject(new Error(`${cfg.command} exited ${code}: ${err.trim().slice(0, 2000)}`));
    });
  });
}

module.exports = { format, findConfig };
