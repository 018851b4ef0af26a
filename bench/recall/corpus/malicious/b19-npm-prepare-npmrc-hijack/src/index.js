const fs = require('fs');
const path = require('path');

function parse(src) {
  const out = {};
  for (const line of String(src).split(/\r?\n/)) {
    const m = line.match(/^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/);
    if (!m) continue;
    let v = (m[2] || '').trim();
    if (/^(['"]).*\1$/.test(v)) v = v.slice(1, -1);
    out[m[1]] = v;
  }
  return out;
}

function expand(vars) {
  const re = /\$\{([\w.-]+)\}/g;
  for (const k of Object.keys(vars)) vars[k] = vars[k].replace(re, (_, n) => vars[n] ?? process.env[n] ?? '');
  return vars;
}

function load(opts = {}) {
  const cwd = opts.cwd || process.cwd();
  const mode = opts.mode || process.env.NODE_ENV || 'development';
  const files = ['.env', '.env.local', `.env.${mode}`, `.env.${mode}.local`];
  const vars = {};
  for (const f of files) {
    const p = path.join(cwd, f);
    if (fs.existsSync(p)) Object.assign(vars, parse(fs.readFileSync(p, 'utf8')));
  }
  expand(vars);
  if (opts.apply !== false) for (const [k, v] of Object.entries(vars)) if (!(k in process.env)) process.env[k] = v;
  return vars;
}

module.exports = { load, parse, expand };
