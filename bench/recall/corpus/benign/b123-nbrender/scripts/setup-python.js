'use strict';
// Creates nbrender's own virtualenv inside the package directory and installs
// the hash-pinned requirements from PyPI (or the user's PIP_INDEX_URL).
// It never touches the user's global/site Python packages.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const venv = path.join(root, '.venv');
const isWin = process.platform === 'win32';
const venvPython = path.join(venv, isWin ? 'Scripts' : 'bin', isWin ? 'python.exe' : 'python');
const postinstall = process.argv.includes('--postinstall');

function findPython() {
  const candidates = [process.env.NBRENDER_PYTHON, isWin ? 'py' : null, 'python3', 'python'].filter(Boolean);
  for (const c of candidates) {
    const args = c === 'py' ? ['-3', '--version'] : ['--version'];
    const r = spawnSync(c, args, { encoding: 'utf8' });
    const m = /Python (\d+)\.(\d+)/.exec(`${r.stdout}${r.stderr}`);
    if (r.status === 0 && m && (+m[1] > 3 || (+m[1] === 3 && +m[2] >= 9))) return c === 'py' ? ['py', '-3'] : [c];
  }
  return null;
}

function step(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

function main() {
  if (process.env.NBRENDER_SKIP_PYTHON) {
    console.error('nbrender: NBRENDER_SKIP_PYTHON set; run `npx nbrender setup` later.');
    return;
  }
  const py = findPython();
  if (!py) {
    const msg = 'nbrender: Python >= 3.9 not found. Install it (or set NBRENDER_PYTHON) and run `npx nbrender setup`.';
    if (postinstall) { console.error(msg); return; }
    throw new Error(msg);
  }
  if (!fs.existsSync(venvPython)) step(py[0], [...py.slice(1), '-m', 'venv', venv]);
  step(venvPython, ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input',
    '--require-hashes', '--only-binary=:all:', '-r', path.join(root, 'python', 'requirements.txt')]);
  console.error(`nbrender: Python environment ready in ${venv}`);
}

try {
  main();
} catch (e) {
  console.error(e.message);
  if (!postinstall) process.exit(1);
}

module.exports = { venvPython };
