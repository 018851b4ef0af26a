'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(?:'([^']*)'|"((?:[^"\\]|\\.)*)"|([^#\n]*?))\s*(?:#.*)?$/;

function parse(src) {
  const out = {};
  for (const line of String(src).replace(/\r\n?/g, '\n').split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    let v = m[2] ?? m[3] ?? m[4] ?? '';
    if (m[3] !== undefined) v = v.replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
    out[m[1]] = v;
  }
  return out;
}

function parseKey(dotenvKey) {
  let u;
  try {
    u = new URL(dotenvKey);
  } catch (_) {
    throw new Error('envault: DOTENV_KEY is not a valid URI');
  }
  const key = (u.password || '').replace(/^key_/, '');
  const env = u.searchParams.get('environment');
  if (!/^[0-9a-f]{64}$/i.test(key)) throw new Error('envault: DOTENV_KEY must contain a 64-hex-char key');
  if (!env) throw new Error('envault: DOTENV_KEY is missing ?environment=');
  return { key: Buffer.from(key, 'hex'), environment: env };
}

function encrypt(plaintext, keyBuf) {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', keyBuf, iv);
  const ct = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
  return Buffer.concat([iv, ct, c.getAuthTag()]).toString('base64');
}

function decrypt(b64, keyBuf) {
  const raw = Buffer.from(b64, 'base64');
  if (raw.length < 12 + 16) throw new Error('envault: ciphertext too short');
  const iv = raw.subarray(0, 12);
  const tag = raw.subarray(raw.length - 16);
  const ct = raw.subarray(12, raw.length - 16);
  const d = crypto.createDecipheriv('aes-256-gcm', keyBuf, iv);
  d.setAuthTag(tag);
  try {
    return Buffer.concat([d.update(ct), d.final()]).toString('utf8');
  } catch (_) {
    throw new Error('envault: could not decrypt - wrong DOTENV_KEY for this environment?');
  }
}

function vaultName(env) {
  return 'DOTENV_VAULT_' + env.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

function populate(target, parsed, override) {
  const set = [];
  for (const [k, v] of Object.entries(parsed)) {
    if (!override && Object.prototype.hasOwnProperty.call(target, k)) continue;
    target[k] = v;
    set.push(k);
  }
  return set;
}

function config(opts = {}) {
  const cwd = opts.cwd || process.cwd();
  const vaultPath = path.resolve(cwd, opts.path || '.env.vault');
  const dotenvKey = opts.DOTENV_KEY || process.env.DOTENV_KEY;
  const target = opts.processEnv || process.env;
  if (dotenvKey && fs.existsSync(vaultPath)) {
    const vault = parse(fs.readFileSync(vaultPath, 'utf8'));
    let lastErr;
    for (const k of dotenvKey.split(',').map((s) => s.trim()).filter(Boolean)) {
      try {
        const { key, environment } = parseKey(k);
        const blob = vault[vaultName(environment)];
        if (!blob) throw new Error(`envault: no ${vaultName(environment)} in ${vaultPath}`);
        const parsed = parse(decrypt(blob, key));
        const keys = populate(target, parsed, !!opts.override);
        if (opts.debug) console.error(`envault: loaded ${keys.length} vars from ${environment} vault`);
        return { parsed, source: 'vault', environment };
      } catch (e) {
        lastErr = e;
      }
    }
    throw lastErr;
  }
  const envPath = path.resolve(cwd, opts.envPath || '.env');
  if (!fs.existsSync(envPath)) return { parsed: {}, source: 'none' };
  const parsed = parse(fs.readFileSync(envPath, 'utf8'));
  populate(target, parsed, !!opts.override);
  return { parsed, source: 'env' };
}

module.exports = { config, parse, parseKey, encrypt, decrypt, vaultName };
