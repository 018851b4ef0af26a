'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

// In CI the token comes from NODE_AUTH_TOKEN/NPM_TOKEN. We write a temporary
// userconfig that references the variable (never the literal value) and point
// npm at it, so the user's ~/.npmrc is left alone.
function ciUserconfig(registry) {
  const token = process.env.NODE_AUTH_TOKEN ? 'NODE_AUTH_TOKEN' : process.env.NPM_TOKEN ? 'NPM_TOKEN' : null;
  if (!token) return null;
  const host = new URL(registry).host + new URL(registry).pathname.replace(/\/?$/, '/');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-npmrc-'));
  const file = path.join(dir, '.npmrc');
  fs.writeFileSync(file, `//${host}:_authToken=\${${token}}\nregistry=${registry}\n`, { mode: 0o600 });
  return { file, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

// Locally we only check that npm is logged in; npm reads ~/.npmrc itself.
function whoami(run, registry) {
  try { return run('npm', ['whoami', '--registry', registry]); } catch (_) { return null; }
}

module.exports = { ciUserconfig, whoami };
