'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const BEGIN = (n) => `# >>> psprof:${n} >>>`;
const END = (n) => `# <<< psprof:${n} <<<`;
const BLOCK_RE = /^# >>> psprof:([\w.-]+) >>>\r?\n([\s\S]*?)^# <<< psprof:\1 <<<\r?\n?/gm;

function detectProfile(shell) {
  const exe = shell || (process.platform === 'win32' ? 'pwsh.exe' : 'pwsh');
  try {
    return execFileSync(exe, ['-NoProfile', '-NoLogo', '-Command', '$PROFILE.CurrentUserCurrentHost'], { encoding: 'utf8', windowsHide: true }).trim();
  } catch {
    if (process.platform === 'win32') {
      const docs = path.join(os.homedir(), 'Documents');
      return shell && /^powershell/i.test(shell)
        ? path.join(docs, 'WindowsPowerShell', 'Microsoft.PowerShell_profile.ps1')
        : path.join(docs, 'PowerShell', 'Microsoft.PowerShell_profile.ps1');
    }
    return path.join(os.homedir(), '.config', 'powershell', 'Microsoft.PowerShell_profile.ps1');
  }
}

function read(file) {
  try { return fs.readFileSync(file, 'utf8'); } catch { return ''; }
}

function backup(file) {
  if (!fs.existsSync(file)) return null;
  const dir = path.join(path.dirname(file), '.psprof-backups');
  fs.mkdirSync(dir, { recursive: true });
  const dest = path.join(dir, `${path.basename(file)}.${new Date().toISOString().replace(/[:.]/g, '-')}.bak`);
  fs.copyFileSync(file, dest);
  return dest;
}

function list(file) {
  const text = read(file);
  const out = [];
  let m;
  BLOCK_RE.lastIndex = 0;
  while ((m = BLOCK_RE.exec(text))) {
    const body = m[2];
    const disabled = body.split(/\r?\n/).filter(Boolean).every((l) => l.startsWith('#~ '));
    out.push({ name: m[1], enabled: !disabled, lines: body.split(/\r?\n/).filter(Boolean).length });
  }
  return out;
}

function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const bak = backup(file);
  fs.writeFileSync(file, text);
  return bak;
}

function add(file, name, content) {
  if (!/^[\w.-]+$/.test(name)) throw new Error('snippet name: letters, digits, . _ - only');
  let text = read(file);
  BLOCK_RE.lastIndex = 0;
  text = text.replace(BLOCK_RE, (all, n) => (n === name ? '' : all));
  const eol = text.includes('\r\n') || process.platform === 'win32' ? '\r\n' : '\n';
  const block = [BEGIN(name), ...content.replace(/\r\n/g, '\n').trimEnd().split('\n'), END(name), ''].join(eol);
  if (text && !text.endsWith('\n')) text += eol;
  return write(file, text + block);
}

function toggle(file, name, enable) {
  const text = read(file);
  let found = false;
  BLOCK_RE.lastIndex = 0;
  const next = text.replace(BLOCK_RE, (all, n, body) => {
    if (n !== name) return all;
    found = true;
    const eol = all.includes('\r\n') ? '\r\n' : '\n';
    const lines = body.split(/\r?\n/);
    const mapped = lines.map((l) => (!l ? l : enable ? l.replace(/^#~ /, '') : l.startsWith('#~ ') ? l : '#~ ' + l));
    return BEGIN(n) + eol + mapped.join(eol) + END(n) + eol;
  });
  if (!found) throw new Error(`no snippet named ${name}`);
  return write(file, next);
}

function remove(file, name) {
  const text = read(file);
  BLOCK_RE.lastIndex = 0;
  const next = text.replace(BLOCK_RE, (all, n) => (n === name ? '' : all));
  if (next === text) throw new Error(`no snippet named ${name}`);
  return write(file, next);
}

function show(file, name) {
  BLOCK_RE.lastIndex = 0;
  let m;
  const text = read(file);
  while ((m = BLOCK_RE.exec(text))) if (m[1] === name) return m[2];
  return null;
}

module.exports = { detectProfile, list, add, toggle, remove, show, backup };
