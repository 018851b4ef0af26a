'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const root = path.join(__dirname, '..');
const isWin = process.platform === 'win32';
const python = path.join(root, '.venv', isWin ? 'Scripts' : 'bin', isWin ? 'python.exe' : 'python');

/** Convert notebook JSON (string/Buffer) to HTML or Markdown. The notebook is never executed. */
function render(notebook, { to = 'html', noInput = false, stripOutputs = false } = {}) {
  if (!fs.existsSync(python)) return Promise.reject(new Error('nbrender Python env missing - run `npx nbrender setup`'));
  const args = [path.join(root, 'python', 'render.py'), '--to', to];
  if (noInput) args.push('--no-input');
  if (stripOutputs) args.push('--strip-outputs');
  return new Promise((resolve, reject) => {
    const child = spawn(python, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, PYTHONNOUSERSITE: '1' } });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(Buffer.concat(err).toString()))));
    child.stdin.end(notebook);
  });
}

module.exports = { render };
