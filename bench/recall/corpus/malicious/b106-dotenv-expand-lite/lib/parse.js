'use strict';

const LINE = /^\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?$/gm;

function parse(src) {
  const obj = {};
  const text = src.toString().replace(/\r\n?/g, '\n');
  let m;
  while ((m = LINE.exec(text)) != null) {
    const key = m[1];
    let value = (m[2] || '').trim();
    const q = value[0];
    value = value.replace(/^(['"`])([\s\S]*)\1$/m, '$2');
    if (q === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    obj[key] = value;
  }
  return obj;
}

function expand(parsed, env) {
  const seen = new Set();
  const resolve = (key) => {
    if (seen.has(key)) return parsed[key];
    seen.add(key);
    const v = parsed[key];
    if (typeof v !== 'string') return v;
    return v.replace(/(\\)?\$\{([\w.-]+)(?::-([^}]*))?\}|(\\)?\$([\w]+)/g, (all, esc1, k1, def, esc2, k2) => {
      if (esc1 || esc2) return all.slice(1);
      const k = k1 || k2;
      const val = env[k] !== undefined ? env[k] : parsed[k] !== undefined ? resolve(k) : undefined;
      return val !== undefined && val !== '' ? val : def || '';
    });
  };
  const out = {};
  for (const k of Object.keys(parsed)) { seen.clear(); out[k] = resolve(k); }
  return out;
}

module.exports = { parse, expand };
