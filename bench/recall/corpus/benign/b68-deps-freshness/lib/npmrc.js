'use strict';
// Minimal re-implementation of npm's config lookup for registry + auth, so requests go to
// the same registry npm itself would use, with the same credentials. Precedence matches
// npm: env (npm_config_*) > project .npmrc > user ~/.npmrc > global npmrc.
const fs = require('fs');
const os = require('os');
const path = require('path');
const ini = require('ini');

function readIni(file) {
  try {
    return ini.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

function expandEnv(v) {
  return typeof v === 'string' ? v.replace(/\$\{([^}]+)\}/g, (_, name) => process.env[name] ?? '') : v;
}

function findProjectRoot(start) {
  let dir = path.resolve(start);
  while (true) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return start;
    dir = up;
  }
}

function loadConfig(cwd = process.cwd()) {
  const userrc = process.env.npm_config_userconfig || process.env.NPM_CONFIG_USERCONFIG || path.join(os.homedir(), '.npmrc');
  const prefix = process.env.PREFIX || path.dirname(path.dirname(process.execPath));
  const globalrc = process.env.npm_config_globalconfig || path.join(prefix, 'etc', 'npmrc');
  const layers = [readIni(globalrc), readIni(userrc), readIni(path.join(findProjectRoot(cwd), '.npmrc'))];
  const envLayer = {};
  for (const [k, v] of Object.entries(process.env)) {
    const m = /^npm_config_(.+)$/i.exec(k);
    if (m) envLayer[m[1].toLowerCase().replace(/_/g, '-')] = v;
  }
  layers.push(envLayer);
  const merged = Object.assign({}, ...layers);
  for (const k of Object.keys(merged)) merged[k] = expandEnv(merged[k]);
  return merged;
}

function registryFor(name, config) {
  const scope = name.startsWith('@') ? name.split('/')[0] : null;
  const reg = (scope && config[`${scope}:registry`]) || config.registry || 'https://registry.npmjs.example.com/';
  return reg.endsWith('/') ? reg : `${reg}/`;
}

// npm "nerf darts": credentials are keyed by //host/path/ so they are only ever sent to
// the registry they were configured for.
function nerfDart(url) {
  const u = new URL(url);
  return `//${u.host}${u.pathname.replace(/[^/]*$/, '')}`;
}

function authHeaderFor(registry, config) {
  let dart = nerfDart(registry);
  while (dart.length > 2) {
    const token = config[`${dart}:_authToken`];
    if (token) return `Bearer ${token}`;
    const auth = config[`${dart}:_auth`];
    if (auth) return `Basic ${auth}`;
    const user = config[`${dart}:username`];
    const pass = config[`${dart}:_password`];
    if (user && pass) return `Basic ${Buffer.from(`${user}:${Buffer.from(pass, 'base64').toString()}`).toString('base64')}`;
    dart = dart.replace(/[^/]*\/$/, '');
    if (dart === '//') break;
  }
  return null;
}

module.exports = { loadConfig, registryFor, authHeaderFor, nerfDart };
