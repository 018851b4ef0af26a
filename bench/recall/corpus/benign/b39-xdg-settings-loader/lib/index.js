'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function xdgConfigDirs() {
  const home = os.homedir();
  const dirs = [];
  if (process.platform === 'win32') {
    if (process.env.APPDATA) dirs.push(process.env.APPDATA);
  } else if (process.platform === 'darwin') {
    dirs.push(path.join(home, 'Library', 'Preferences'));
  }
  dirs.push(process.env.XDG_CONFIG_HOME || path.join(home, '.config'));
  for (const d of (process.env.XDG_CONFIG_DIRS || '/etc/xdg').split(':')) if (d) dirs.push(d);
  return dirs;
}

function readJson(p) {
  try { return JSON.parse(fs.readFileSync(p, 'utf8')); } catch (e) {
    if (e.code === 'ENOENT') return undefined;
    throw new Error(`${p}: ${e.message}`);
  }
}

function deepMerge(a, b) {
  if (b === undefined) return a;
  if (typeof a !== 'object' || a === null || Array.isArray(a) || typeof b !== 'object' || b === null || Array.isArray(b)) return b;
  const out = { ...a };
  for (const k of Object.keys(b)) out[k] = deepMerge(a[k], b[k]);
  return out;
}

function fromEnv(prefix) {
  const out = {};
  const P = prefix.toUpperCase().replace(/[^A-Z0-9]/g, '_') + '_';
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith(P)) continue;
    const keys = k.slice(P.length).toLowerCase().split('__');
    let cur = out;
    keys.slice(0, -1).forEach((kk) => { cur = cur[kk] = cur[kk] || {}; });
    cur[keys[keys.length - 1]] = v;
  }
  return out;
}

// Precedence (lowest → highest): defaults, system XDG dirs, user config, project rc, env.
function load(app, { defaults = {}, cwd = process.cwd() } = {}) {
  let cfg = defaults;
  const sources = [];
  for (const dir of xdgConfigDirs().reverse()) {
    const p = path.join(dir, app, 'config.json');
    const v = readJson(p);
    if (v !== undefined) { cfg = deepMerge(cfg, v); sources.push(p); }
  }
  const rc = path.join(cwd, `.${app}rc.json`);
  const v = readJson(rc);
  if (v !== undefined) { cfg = deepMerge(cfg, v); sources.push(rc); }
  cfg = deepMerge(cfg, fromEnv(app));
  return { config: cfg, sources };
}

function userConfigPath(app) {
  return path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), app, 'config.json');
}

function save(app, config) {
  const p = userConfigPath(app);
  fs.mkdirSync(path.dirname(p), { recursive: true, mode: 0o700 });
  fs.writeFileSync(p, JSON.stringify(config, null, 2) + '\n', { mode: 0o600 });
  return p;
}

module.exports = { load, save, userConfigPath, xdgConfigDirs };
