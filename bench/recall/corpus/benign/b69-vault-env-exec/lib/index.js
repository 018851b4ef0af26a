'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

function vaultToken(env = process.env) {
  if (env.VAULT_TOKEN) return env.VAULT_TOKEN.trim();
  const helper = path.join(os.homedir(), '.vault-token');
  try { return fs.readFileSync(helper, 'utf8').trim(); } catch (_) {}
  throw new Error('no Vault token: run `vault login` or set VAULT_TOKEN');
}

function vaultAddr(env = process.env) {
  if (!env.VAULT_ADDR) throw new Error('VAULT_ADDR is not set (e.g. https://vault.example.com:8200)');
  const u = new URL(env.VAULT_ADDR);
  if (u.protocol !== 'https:' && !['127.0.0.1', 'localhost'].includes(u.hostname) && env.VAULT_SKIP_TLS_WARNING !== '1') {
    process.stderr.write(`vault-env-exec: warning: ${u.origin} is not https\n`);
  }
  return u.origin;
}

// "secret/data/app/prod" (KV v2) or "kv/app" (KV v1); optional "#FIELD" picks one key.
async function readSecret(spec, { addr = vaultAddr(), token = vaultToken(), namespace = process.env.VAULT_NAMESPACE } = {}) {
  const [p, field] = spec.split('#');
  const headers = { 'X-Vault-Token': token, 'X-Vault-Request': 'true' };
  if (namespace) headers['X-Vault-Namespace'] = namespace;
  const res = await fetch(`${addr}/v1/${p.replace(/^\/+/, '')}`, { headers, signal: AbortSignal.timeout(10000) });
  if (res.status === 403) throw new Error(`permission denied reading ${p} (token policies?)`);
  if (res.status === 404) throw new Error(`secret not found: ${p}`);
  if (!res.ok) throw new Error(`Vault returned ${res.status} for ${p}`);
  const body = await res.json();
  const data = body.data && body.data.data && body.data.metadata ? body.data.data : body.data;
  if (field) {
    if (!(field in data)) throw new Error(`field ${field} not in ${p}`);
    return { [field]: data[field] };
  }
  return data;
}

const envName = (k, prefix = '') => (prefix + k).toUpperCase().replace(/[^A-Z0-9_]/g, '_');

async function collect(specs, { prefix = '' } = {}) {
  const env = {};
  for (const s of specs) {
    const [name, spec] = s.includes('=') ? s.split(/=(.*)/s) : [null, s];
    const data = await readSecret(spec);
    if (name) {
      const vals = Object.values(data);
      if (vals.length !== 1) throw new Error(`${name}=${spec}: select one field with #FIELD`);
      env[name] = String(vals[0]);
    } else {
      for (const [k, v] of Object.entries(data)) env[envName(k, prefix)] = typeof v === 'string' ? v : JSON.stringify(v);
    }
  }
  return env;
}

function exec(cmd, args, extraEnv) {
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ? 1 : code)));
}

module.exports = { vaultToken, vaultAddr, readSecret, collect, exec, envName };
