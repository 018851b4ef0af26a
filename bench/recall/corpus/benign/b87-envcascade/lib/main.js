'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*(?:=|:)\s*(.*)?\s*$/;

function debug(msg) {
  if (/\benvcascade\b/.test(process.env.DEBUG || '')) process.stderr.write(`[envcascade] ${msg}\n`);
}

function parse(src) {
  const out = {};
  const lines = String(src).replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = LINE.exec(lines[i]);
    if (!m) continue;
    const key = m[1];
    let value = (m[2] || '').trim();
    const q = value[0];
    if ((q === '"' || q === "'" || q === '`')) {
      // multi-line quoted value
      while (!(value.length > 1 && value.endsWith(q)) && i + 1 < lines.length) value += '\n' + lines[++i];
      value = value.slice(1, -1);
      if (q === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    } else {
      const hash = value.indexOf(' #');
      if (hash !== -1) value = value.slice(0, hash).trim();
    }
    out[key] = value;
  }
  return out;
}

function expand(parsed, env) {
  const seen = new Set();
  const resolve = (key) => {
    if (seen.has(key)) throw new Error(`envcascade: circular reference in ${key}`);
    seen.add(key);
    const raw = parsed[key];
    const value = raw.replace(/(\\)?\$\{([\w.-]+)(?::-([^}]*))?\}|(\\)?\$([A-Za-z_]\w*)/g, (m, esc1, name1, def, esc2, name2) => {
      if (esc1 || esc2) return m.slice(1);
      const name = name1 || name2;
      if (env[name] !== undefined) return env[name];
      if (parsed[name] !== undefined && name !== key) return resolve(name);
      return def !== undefined ? def : '';
    });
    seen.delete(key);
    return value;
  };
  const out = {};
  for (const key of Object.keys(parsed)) out[key] = resolve(key);
  return out;
}

function decryptValue(value, keyHex) {
  if (!value.startsWith('encrypted:')) return value;
  if (!keyHex || !/^[0-9a-f]{64}$/i.test(keyHex)) {
    throw new Error('envcascade: encrypted value found but DOTENV_KEY is missing or not 64 hex chars');
  }
  const raw = Buffer.from(value.slice('encrypted:'.length), 'base64');
  const iv = raw.subarray(0, 12);
  const tag = raw.subarray(raw.length - 16);
  const data = raw.subarray(12, raw.length - 16);
  const d = crypto.createDecipheriv('aes-256-gcm', Buffer.from(keyHex, 'hex'), iv);
  d.setAuthTag(tag);
  return Buffer.concat([d.update(data), d.final()]).toString('utf8');
}

function encryptValue(plain, keyHex) {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', Buffer.from(keyHex, 'hex'), iv);
  const data = Buffer.concat([c.update(String(plain), 'utf8'), c.final()]);
  return 'encrypted:' + Buffer.concat([iv, data, c.getAuthTag()]).toString('base64');
}

function files(dir, mode) {
  const list = [`.env.${mode}.local`];
  if (mode !== 'test') list.push('.env.local');
  list.push(`.env.${mode}`, '.env');
  return list.map((f) => path.join(dir, f));
}

function config(options = {}) {
  const dir = path.resolve(options.path || process.cwd());
  const mode = options.mode || process.env.NODE_ENV || 'development';
  const target = options.processEnv || process.env;
  const key = options.key || process.env.DOTENV_KEY;
  const merged = {};
  const loaded = [];
  for (const file of files(dir, mode)) {
    let src;
    try {
      src = fs.readFileSync(file, 'utf8');
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
      continue;
    }
    loaded.push(file);
    const parsed = parse(src);
    for (const [k, v] of Object.entries(parsed)) if (!(k in merged)) merged[k] = v;
  }
  const expanded = expand(merged, target);
  const set = [];
  for (const [k, v] of Object.entries(expanded)) {
    if (!options.override && Object.prototype.hasOwnProperty.call(target, k)) continue;
    target[k] = decryptValue(v, key);
    set.push(k);
  }
  debug(`read ${loaded.map((f) => path.basename(f)).join(', ') || 'no files'}; set ${set.join(', ') || 'nothing'}`);
  return { parsed: expanded, files: loaded };
}

module.exports = { config, parse, expand, decryptValue, encryptValue };
