'use strict';
const fs = require('fs');
const path = require('path');

const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/;

function parse(src) {
  const out = {};
  const lines = String(src).replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = LINE.exec(lines[i]);
    if (!m) continue;
    const key = m[1];
    let val = (m[2] || '').trim();
    const q = val[0];
    if ((q === '"' || q === "'" || q === '`')) {
      // support multi-line quoted values
      while (!(val.length > 1 && val.endsWith(q)) && i + 1 < lines.length) val += '\n' + lines[++i];
      val = val.slice(1, -1);
      if (q === '"') val = val.replace(/\\n/g, '\n').replace(/\\r/g, '\r').replace(/\\t/g, '\t');
      out[key] = q === "'" ? { raw: val } : val;
    } else {
      out[key] = val.replace(/\s+#.*$/, '');
    }
  }
  return out;
}

function expand(value, lookup, seen = new Set()) {
  return value.replace(/(\\)?\$\{([\w.-]+)(?::-([^}]*))?\}|(\\)?\$([A-Za-z_][\w]*)/g, (m, esc1, k1, def, esc2, k2) => {
    if (esc1 || esc2) return m.slice(1);
    const k = k1 || k2;
    if (seen.has(k)) return '';
    const v = lookup(k);
    if (v === undefined || v === '') return def !== undefined ? def : '';
    return expand(v, lookup, new Set([...seen, k]));
  });
}

function files(mode, dir) {
  const list = ['.env'];
  if (mode !== 'test') list.push('.env.local');
  if (mode) list.push(`.env.${mode}`, `.env.${mode}.local`);
  return list.map((f) => path.join(dir, f));
}

function load({ mode = process.env.NODE_ENV, dir = process.cwd(), override = false, env = process.env } = {}) {
  const merged = {};
  const loaded = [];
  for (const f of files(mode, dir)) {
    let src;
    try { src = fs.readFileSync(f, 'utf8'); } catch (_) { continue; }
    Object.assign(merged, parse(src));
    loaded.push(f);
  }
  const lookup = (k) => (env[k] !== undefined && !override ? env[k] : merged[k] && typeof merged[k] === 'object' ? merged[k].raw : merged[k]);
  const applied = {};
  for (const [k, v] of Object.entries(merged)) {
    if (env[k] !== undefined && !override) continue;
    applied[k] = typeof v === 'object' ? v.raw : expand(v, lookup);
    env[k] = applied[k];
  }
  return { files: loaded, parsed: applied };
}

module.exports = { load, parse, expand };
