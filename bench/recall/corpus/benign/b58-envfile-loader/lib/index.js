'use strict';
const fs = require('fs');
const path = require('path');

const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/;

function unquote(raw) {
  const v = raw.trim();
  if (v.length >= 2 && v[0] === v[v.length - 1] && (v[0] === '"' || v[0] === "'" || v[0] === '`')) {
    const inner = v.slice(1, -1);
    return v[0] === '"' ? inner.replace(/\\n/g, '\n').replace(/\\r/g, '\r').replace(/\\"/g, '"') : inner;
  }
  const hash = v.indexOf(' #');
  return (hash >= 0 ? v.slice(0, hash) : v).trim();
}

/** Parse .env text into a plain object. Does not touch process.env. */
function parse(src) {
  const out = {};
  const lines = String(src).replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (!line.trim() || line.trim().startsWith('#')) continue;
    // multi-line double-quoted values
    if (/=\s*"[^"]*$/.test(line)) {
      while (i + 1 < lines.length && !/"\s*$/.test(line)) line += '\n' + lines[++i];
    }
    const m = LINE.exec(line);
    if (m) out[m[1]] = unquote(m[2] || '');
  }
  return out;
}

function expand(obj, env) {
  const lookup = (k) => (k in obj ? obj[k] : env[k] ?? '');
  for (const k of Object.keys(obj)) {
    obj[k] = obj[k].replace(/(\\)?\$\{([\w.-]+)(?::-([^}]*))?\}/g, (m, esc, name, dflt) => {
      if (esc) return m.slice(1);
      const v = lookup(name);
      return v === '' && dflt !== undefined ? dflt : v;
    });
  }
  return obj;
}

/**
 * Load one or more .env files into process.env.
 * Existing variables win unless { override: true }.
 */
function config(options = {}) {
  const files = [].concat(options.path || path.resolve(process.cwd(), '.env'));
  const target = options.processEnv || process.env;
  const parsed = {};
  for (const f of files) {
    let text;
    try {
      text = fs.readFileSync(f, options.encoding || 'utf8');
    } catch (e) {
      if (e.code === 'ENOENT' && !options.required) continue;
      return { error: e, parsed };
    }
    Object.assign(parsed, parse(text));
  }
  if (options.expand !== false) expand(parsed, target);
  for (const [k, v] of Object.entries(parsed)) {
    if (options.override || !Object.prototype.hasOwnProperty.call(target, k)) target[k] = v;
  }
  if (options.debug) {
    console.error(`[envfile-lite] loaded ${Object.keys(parsed).length} keys from ${files.join(', ')}`);
  }
  return { parsed };
}

module.exports = { parse, config, expand };
