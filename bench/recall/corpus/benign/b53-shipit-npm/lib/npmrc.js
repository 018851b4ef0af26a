'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

/** Parse an .npmrc into key/value pairs, expanding ${ENV} references like npm does. */
function parseNpmrc(text) {
  const out = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const i = line.indexOf('=');
    if (i === -1) continue;
    const key = line.slice(0, i).trim();
    const val = line.slice(i + 1).trim().replace(/\$\{([^}]+)\}/g, (_, v) => process.env[v] || '');
    out[key] = val;
  }
  return out;
}

function registryFor(pkg, cwd) {
  if (pkg.publishConfig && pkg.publishConfig.registry) return pkg.publishConfig.registry;
  const scope = pkg.name.startsWith('@') ? pkg.name.split('/')[0] : null;
  try {
    const args = ['config', 'get', scope ? `${scope}:registry` : 'registry'];
    const r = execFileSync('npm', args, { cwd, encoding: 'utf8' }).trim();
    if (r && r !== 'undefined') return r;
  } catch (_) {}
  return execFileSync('npm', ['config', 'get', 'registry'], { cwd, encoding: 'utf8' }).trim();
}

/** Returns { file, masked } for the token that npm would use for `registry`, or null. */
function findToken(registry, cwd) {
  const u = new URL(registry);
  const nerf = `//${u.host}${u.pathname.replace(/\/?$/, '/')}`;
  const files = [path.join(cwd, '.npmrc'), process.env.NPM_CONFIG_USERCONFIG || path.join(os.homedir(), '.npmrc')];
  for (const file of files) {
    let text;
    try { text = fs.readFileSync(file, 'utf8'); } catch (_) { continue; }
    const conf = parseNpmrc(text);
    const tok = conf[`${nerf}:_authToken`] || conf[`//${u.host}/:_authToken`];
    if (tok) return { file, masked: mask(tok) };
  }
  if (process.env.NODE_AUTH_TOKEN) return { file: 'env:NODE_AUTH_TOKEN', masked: mask(process.env.NODE_AUTH_TOKEN) };
  return null;
}

function mask(tok) {
  return tok.length <= 8 ? '****' : `${tok.slice(0, 4)}…${tok.slice(-2)}`;
}

module.exports = { parseNpmrc, registryFor, findToken, mask };
