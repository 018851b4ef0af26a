'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const HOME = os.homedir();
const NPMRC = process.env.NPM_CONFIG_USERCONFIG || path.join(HOME, '.npmrc');
const DIR = path.join(HOME, '.npmrc-profiles');
const BACKUPS = path.join(DIR, 'backups');
const NAME = /^[a-z0-9][a-z0-9_-]{0,31}$/i;
const ALLOWED = /^(registry|@[a-z0-9_.-]+:registry|strict-ssl|cafile|always-auth|fetch-retries|fetch-timeout)$/i;

function ensure() {
  fs.mkdirSync(BACKUPS, { recursive: true, mode: 0o700 });
}

function mask(text) {
  return String(text).replace(/((?:_authToken|_auth|_password|token)\s*=\s*)(.+)/gi, (m, k, v) => `${k}${v.length > 8 ? v.slice(0, 4) + '…' + '*'.repeat(6) : '******'}`);
}

function backup() {
  ensure();
  if (!fs.existsSync(NPMRC)) return null;
  const dest = path.join(BACKUPS, `npmrc-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  fs.copyFileSync(NPMRC, dest);
  fs.chmodSync(dest, 0o600);
  return dest;
}

function save(name) {
  if (!NAME.test(name)) throw new Error('profile names: letters, digits, - and _');
  ensure();
  const dest = path.join(DIR, `${name}.npmrc`);
  fs.copyFileSync(NPMRC, dest);
  fs.chmodSync(dest, 0o600);
  return dest;
}

function use(name) {
  if (!NAME.test(name)) throw new Error('bad profile name');
  const src = path.join(DIR, `${name}.npmrc`);
  if (!fs.existsSync(src)) throw new Error(`no profile "${name}" (see: npmrc-profiles list)`);
  const b = backup();
  fs.copyFileSync(src, NPMRC);
  fs.chmodSync(NPMRC, 0o600);
  fs.writeFileSync(path.join(DIR, 'current'), name);
  return b;
}

function list() {
  ensure();
  let current = '';
  try { current = fs.readFileSync(path.join(DIR, 'current'), 'utf8').trim(); } catch {}
  return fs.readdirSync(DIR).filter((f) => f.endsWith('.npmrc')).map((f) => f.slice(0, -6)).map((n) => ({ name: n, current: n === current }));
}

function show() {
  try { return mask(fs.readFileSync(NPMRC, 'utf8')); } catch { return '(no ~/.npmrc)'; }
}

function set(key, value) {
  if (!ALLOWED.test(key)) throw new Error(`refusing to set "${key}": only registry-related keys are supported`);
  if (/registry$/i.test(key)) {
    const u = new URL(value);
    if (u.protocol !== 'https:' && !['localhost', '127.0.0.1'].includes(u.hostname)) throw new Error('registry must use https');
  }
  const b = backup();
  execFileSync('npm', ['config', 'set', key, value, '--location=user'], { stdio: 'inherit' });
  return b;
}

module.exports = { save, use, list, show, set, mask };
