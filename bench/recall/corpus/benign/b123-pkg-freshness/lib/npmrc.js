'use strict';
// Resolve the registry for a package (honouring @scope:registry) and the auth
// token npm itself would use for that registry, so private packages can be checked.
const fs = require('fs');
const os = require('os');
const path = require('path');

function parseIni(text) {
  const out = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([^#;=\s][^=]*?)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1]] = m[2].replace(/\$\{([^}]+)\}/g, (_, v) => process.env[v] || '');
  }
  return out;
}

function loadNpmrc(cwd = process.cwd()) {
  const files = [path.join(os.homedir(), '.npmrc'), path.join(cwd, '.npmrc')];
  return files.reduce((acc, f) => {
    try { return { ...acc, ...parseIni(fs.readFileSync(f, 'utf8')) }; } catch (_) { return acc; }
  }, {});
}

function registryUrl(name, rc = loadNpmrc()) {
  const scope = name.startsWith('@') ? name.split('/')[0] : null;
  const url = (scope && rc[`${scope}:registry`]) || rc.registry || process.env.npm_config_registry || 'https://registry.npmjs.org/';
  return url.endsWith('/') ? url : `${url}/`;
}

/** Returns an Authorization header value for exactly this registry, or undefined. */
function authFor(registry, rc = loadNpmrc()) {
  const u = new URL(registry);
  const nerf = `//${u.host}${u.pathname}`;
  const token = rc[`${nerf}:_authToken`];
  if (token) return `Bearer ${token}`;
  const basic = rc[`${nerf}:_auth`];
  if (basic) return `Basic ${basic}`;
  return undefined;
}

module.exports = { registryUrl, authFor, loadNpmrc };
