'use strict';

const fs = require('fs');
const path = require('path');
const { vaultToken, vaultAddr } = require('./auth');

async function readKv(secretPath, { mount = 'secret', namespace } = {}) {
  const token = vaultToken();
  if (!token) throw new Error('no Vault token: run `vault login` or set VAULT_TOKEN');
  const url = `${vaultAddr()}/v1/${mount}/data/${secretPath.replace(/^\//, '')}`;
  const headers = { 'X-Vault-Token': token };
  if (namespace || process.env.VAULT_NAMESPACE) headers['X-Vault-Namespace'] = namespace || process.env.VAULT_NAMESPACE;
  const res = await fetch(url, { headers, signal: AbortSignal.timeout(15000) });
  if (res.status === 403) throw new Error(`permission denied reading ${mount}/${secretPath}`);
  if (res.status === 404) throw new Error(`no secret at ${mount}/${secretPath}`);
  if (!res.ok) throw new Error(`vault returned ${res.status}`);
  const body = await res.json();
  return body.data.data;
}

function quote(v) {
  const s = String(v);
  return /^[A-Za-z0-9_./:@-]*$/.test(s) ? s : JSON.stringify(s);
}

function writeEnv(file, values, { merge = true } = {}) {
  let existing = {};
  if (merge && fs.existsSync(file)) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
      if (m) existing[m[1]] = m[2];
    }
  }
  const merged = { ...existing };
  for (const [k, v] of Object.entries(values)) merged[k] = quote(v);
  const text = Object.entries(merged).map(([k, v]) => `${k}=${v}`).join('\n') + '\n';
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  fs.writeFileSync(tmp, text, { mode: 0o600 });
  fs.renameSync(tmp, file);
  fs.chmodSync(file, 0o600);
  return Object.keys(values);
}

function ensureIgnored(file) {
  const gi = path.join(path.dirname(path.resolve(file)), '.gitignore');
  const name = path.basename(file);
  const text = fs.existsSync(gi) ? fs.readFileSync(gi, 'utf8') : '';
  if (!text.split('\n').some((l) => l.trim() === name)) fs.appendFileSync(gi, `${text.endsWith('\n') || !text ? '' : '\n'}${name}\n`);
}

module.exports = { readKv, writeEnv, ensureIgnored };
