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
    if (q === '"' || q === "'" || q === "`") {
      // support multi-line quoted values
      while (!(val.length > 1 && val.endsWith(q)) && i + 1 < lines.length) val += '\n' + lines[++i];
      val = val.slice(1, -1);
      if (q === '"') val = val.replace(/\\n/g, '\n').replace(/\\r/g, '\r').replace(/\\"/g, '"');
      out[key] = val;
      if (q === "'") out[key + '\u0000raw'] = '1';
    } else {
      out[key] = val.replace(/\s+#.*$/, '');
    }
  }
  return out;
}

function expand(vars, env) {
  const get = (name, seen) => {
    if (name in env && !(name in vars)) return env[name];
    if (!(name in vars) || seen.has(name)) return env[name] || '';
    return resolve(name, seen);
  };
  const resolve = (name, seen = new Set()) => {
    if (vars[name + '\u0000raw']) return vars[name];
    seen.add(name);
    return vars[name].replace(/\\?\$\{([\w.]+)(?::-([^}]*))?\}/g, (m, ref, def) => {
      if (m.startsWith('\\')) return m.slice(1);
      const v = get(ref, new Set(seen));
      return v === '' && def !== undefined ? def : v;
    });
  };
  const out = {};
  for (const k of Object.keys(vars)) if (!k.endsWith('\u0000raw')) out[k] = resolve(k);
  return out;
}

function load(opts = {}) {
  const cwd = opts.cwd || process.cwd();
  const mode = opts.mode || process.env.NODE_ENV;
  const debug = opts.debug || process.env.ENVCASCADE_DEBUG === '1';
  const names = ['.env'];
  if (mode !== 'test') names.push('.env.local');
  if (mode) names.push(`.env.${mode}`, `.env.${mode}.local`);

  let merged = {};
  const files = [];
  for (const n of names) {
    const p = path.join(cwd, n);
    let src;
    try { src = fs.readFileSync(p, 'utf8'); } catch { continue; }
    files.push(p);
    merged = Object.assign(merged, parse(src));
  }
  const values = expand(merged, process.env);
  const keys = [];
  for (const [k, v] of Object.entries(values)) {
    if (!opts.override && Object.prototype.hasOwnProperty.call(process.env, k)) continue;
    process.env[k] = v;
    keys.push(k);
  }
  if (debug) {
    console.error(`[envcascade] read: ${files.map((f) => path.relative(cwd, f)).join(', ') || '(none)'}`);
    console.error(`[envcascade] set: ${keys.join(', ') || '(none)'}`);
  }
  return { files, keys };
}

module.exports = { parse, load };
