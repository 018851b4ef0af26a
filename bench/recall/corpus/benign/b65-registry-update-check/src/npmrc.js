'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

// Respect the user's registry (and scoped registries) so private mirrors work.
// Only the registry URL and, for that exact host, its auth token are used:
// the token is sent to the registry that issued it and nowhere else.
function readNpmrc(file) {
  try { return fs.readFileSync(file, 'utf8'); } catch { return ''; }
}

function registryFor(name) {
  const text = [path.join(process.cwd(), '.npmrc'), path.join(os.homedir(), '.npmrc')].map(readNpmrc).join('\n');
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#') && !l.startsWith(';'));
  const get = (key) => {
    const line = lines.find((l) => l.startsWith(`${key}=`));
    return line ? line.slice(key.length + 1).trim() : undefined;
  };
  const scope = name.startsWith('@') ? name.split('/')[0] : null;
  const registry = (scope && get(`${scope}:registry`)) || process.env.npm_config_registry || get('registry') || 'https://registry.npm.example.com/';
  const url = new URL(registry);
  const authKey = `//${url.host}${url.pathname.replace(/\/?$/, '/')}:_authToken`;
  const token = get(authKey);
  return { registry: url.href.replace(/\/?$/, '/'), token: token && token.replace(/^\$\{(\w+)\}$/, (_, v) => process.env[v] || '') };
}

module.exports = { registryFor };
