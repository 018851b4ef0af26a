'use strict';
const fs = require('node:fs');
const path = require('node:path');

const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*[=:]\s*(.*)?\s*$/;

function parse(src) {
  const out = {};
  const lines = String(src).replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = LINE.exec(lines[i]);
    if (!m) continue;
    let val = (m[2] || '').trim();
    const q = val[0];
    if ((q === '"' || q === "'" || q === '`')) {
      while (!(val.length > 1 && val.endsWith(q)) && i + 1 < lines.length) val += '\n' + lines[++i];
      val = val.slice(1, -1);
      if (q === '"') val = val.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    } else {
      val = val.replace(/\s+#.*$/, '');
    }
    out[m[1]] = val;
  }
  return out;
}

function expand(vars, env) {
  const resolve = (v, seen) => v.replace(/(\\)?\$\{([\w.]+)(?::-(.*?))?\}/g, (all, esc, name, def) => {
    if (esc) return all.slice(1);
    if (seen.has(name)) return '';
    const raw = env[name] !== undefined ? env[name] : vars[name];
    if (raw === undefined || raw === '') return def !== undefined ? def : '';
    return resolve(String(raw), new Set([...seen, name]));
  });
  const out = {};
  for (const [k, v] of Object.entries(vars)) out[k] = resolve(v, new Set([k]));
  return out;
}

function files(mode) {
  const list = [];
  if (mode) list.push(`.env.${mode}.local`);
  if (mode !== 'test') list.push('.env.local');
  if (mode) list.push(`.env.${mode}`);
  list.push('.env');
  return list;
}

function load(opts = {}) {
  const dir = opts.path || process.cwd();
  const mode = opts.mode !== undefined ? opts.mode : process.env.NODE_ENV;
  const env = opts.processEnv || process.env;
  const merged = {};
  const loaded = [];
  for (const f of files(mode)) {
    let text;
    try { text = fs.readFileSync(path.join(dir, f), opts.encoding || 'utf8'); } catch (e) { if (e.code === 'ENOENT') continue; throw e; }
    loaded.push(f);
    const parsed = parse(text);
    for (const [k, v] of Object.entries(parsed)) if (!(k in merged)) merged[k] = v;
  }
  const parsed = expand(merged, env);
  for (const [k, v] of Object.entries(parsed)) {
    if (opts.override || env[k] === undefined) env[k] = v;
  }
  if (opts.debug) console.error(`[envcascade] loaded ${loaded.join(', ') || 'no files'} (${Object.keys(parsed).length} keys)`);
  return { parsed, files: loaded };
}

module.exports = { parse, expand, load, files };
