'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');

const AUTH_KEY = /(?:^|:)(_authToken|_auth|_password|username|email|certfile|keyfile)$/;

function parseNpmrc(text) {
  const entries = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (!t || t.startsWith('#') || t.startsWith(';')) return;
    const eq = t.indexOf('=');
    if (eq < 0) return;
    entries.push({ line: i + 1, key: t.slice(0, eq).trim(), value: t.slice(eq + 1).trim() });
  });
  return entries;
}

function mask(v) {
  if (/^\$\{[^}]+\}$/.test(v)) return v;
  if (v.length <= 10) return '*'.repeat(v.length);
  return `${v.slice(0, 6)}…${v.slice(-3)}`;
}

function tokenKind(v) {
  if (/^npm_[A-Za-z0-9]{36}$/.test(v)) return 'granular/automation token';
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) return 'legacy token (revoked by npm since 2025)';
  if (/^\$\{[^}]+\}$/.test(v)) return 'env reference';
  return 'unknown format';
}

function locations(cwd) {
  const out = [];
  const add = (scope, file) => out.push({ scope, file });
  add('project', path.join(cwd, '.npmrc'));
  add('user', process.env.npm_config_userconfig || path.join(os.homedir(), '.npmrc'));
  const prefix = process.env.PREFIX || (process.platform === 'win32' ? path.join(process.env.APPDATA || '', 'npm') : '/usr/local');
  add('global', path.join(prefix, 'etc', 'npmrc'));
  return out;
}

function check(cwd = process.cwd()) {
  const report = [];
  for (const loc of locations(cwd)) {
    let text;
    try { text = fs.readFileSync(loc.file, 'utf8'); } catch (_) { continue; }
    const issues = [];
    const st = fs.statSync(loc.file);
    const entries = parseNpmrc(text);
    const auth = entries.filter((e) => AUTH_KEY.test(e.key));
    if (process.platform !== 'win32' && (st.mode & 0o077) && auth.length) {
      issues.push({ level: 'warn', msg: `mode ${(st.mode & 0o777).toString(8)} lets other users read credentials; run chmod 600 ${loc.file}` });
    }
    for (const e of auth) {
      if (/_authToken$/.test(e.key)) {
        const kind = tokenKind(e.value);
        if (kind !== 'env reference') issues.push({ level: loc.scope === 'project' ? 'error' : 'info', msg: `line ${e.line}: ${e.key} = ${mask(e.value)} (${kind})${loc.scope === 'project' ? ' — plaintext token in a project file may get committed; use ${NPM_TOKEN}' : ''}` });
        if (/legacy/.test(kind)) issues.push({ level: 'warn', msg: `line ${e.line}: legacy tokens no longer work; create a granular token` });
      }
      if (/_password$|_auth$/.test(e.key)) issues.push({ level: 'warn', msg: `line ${e.line}: ${e.key} stores basic-auth credentials in plaintext` });
    }
    for (const e of entries) {
      if (e.key === 'registry' && /^http:/.test(e.value)) issues.push({ level: 'error', msg: `line ${e.line}: registry uses plain http (${e.value})` });
      if (e.key === 'strict-ssl' && e.value === 'false') issues.push({ level: 'warn', msg: `line ${e.line}: strict-ssl=false disables TLS verification` });
      if (e.key === 'ignore-scripts' && e.value === 'true') issues.push({ level: 'info', msg: `line ${e.line}: ignore-scripts is on (good for supply-chain safety)` });
      if (/^(git|script-shell|node-options|shell)$/.test(e.key)) issues.push({ level: loc.scope === 'project' ? 'error' : 'warn', msg: `line ${e.line}: ${e.key}=${e.value} overrides an executable npm will run` });
    }
    report.push({ ...loc, issues });
  }
  return report;
}

function whoami(registry) {
  return new Promise((resolve) => {
    const args = ['whoami'];
    if (registry) args.push('--registry', registry);
    execFile(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { timeout: 15000 }, (err, stdout, stderr) => {
      resolve(err ? { ok: false, msg: (stderr || err.message).trim().split('\n').pop() } : { ok: true, msg: stdout.trim() });
    });
  });
}

module.exports = { check, whoami, parseNpmrc, mask };
