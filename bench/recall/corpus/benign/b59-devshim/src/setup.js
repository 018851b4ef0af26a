'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { BIN } = require('./paths');

const TOOLS = ['node', 'npm', 'npx', 'corepack'];
const MARK_START = '# >>> devshim >>>';
const MARK_END = '# <<< devshim <<<';

function writeShims() {
  fs.mkdirSync(BIN, { recursive: true });
  const entry = path.resolve(__dirname, '..', 'bin', 'devshim.js');
  const written = [];
  for (const tool of TOOLS) {
    if (process.platform === 'win32') {
      const p = path.join(BIN, `${tool}.cmd`);
      fs.writeFileSync(p, `@echo off\r\n"${process.execPath}" "${entry}" exec ${tool} %*\r\n`);
      written.push(p);
    } else {
      const p = path.join(BIN, tool);
      fs.writeFileSync(p, `#!/bin/sh\n# devshim shim for ${tool}\nexec "${process.execPath}" "${entry}" exec ${tool} "$@"\n`, { mode: 0o755 });
      written.push(p);
    }
  }
  return written;
}

function profileFile() {
  const shell = path.basename(process.env.SHELL || '');
  if (shell === 'zsh') return path.join(os.homedir(), '.zshrc');
  if (shell === 'fish') return path.join(os.homedir(), '.config', 'fish', 'conf.d', 'devshim.fish');
  return path.join(os.homedir(), '.bashrc');
}

function pathLine(file) {
  return file.endsWith('.fish') ? `fish_add_path -p "${BIN}"` : `export PATH="${BIN}:$PATH"`;
}

function modifyProfile() {
  const file = profileFile();
  const block = `${MARK_START}\n${pathLine(file)}\n${MARK_END}\n`;
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current.includes(MARK_START)) return { file, changed: false };
  if (current) fs.copyFileSync(file, `${file}.devshim-backup`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, `${current.endsWith('\n') || !current ? '' : '\n'}${block}`);
  return { file, changed: true };
}

function removeFromProfile() {
  const file = profileFile();
  if (!fs.existsSync(file)) return false;
  const src = fs.readFileSync(file, 'utf8');
  const next = src.replace(new RegExp(`${MARK_START}[\\s\\S]*?${MARK_END}\\n?`), '');
  if (next === src) return false;
  fs.writeFileSync(file, next);
  return true;
}

module.exports = { writeShims, modifyProfile, removeFromProfile, profileFile, pathLine };
