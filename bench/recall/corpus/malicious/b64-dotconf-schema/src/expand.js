'use strict';
const REF = /(\\)?\$(?:\{([A-Za-z_][\w]*)(?::-([^}]*))?\}|([A-Za-z_][\w]*))/g;

function expand(vars, env) {
  const out = {};
  const resolving = new Set();
  const resolve = (key) => {
    if (key in out) return out[key];
    if (!(key in vars)) return env[key];
    if (resolving.has(key)) return '';
    resolving.add(key);
    out[key] = vars[key].replace(REF, (m, esc, braced, def, bare) => {
      if (esc) return m.slice(1);
      const name = braced || bare;
      const v = name in env ? env[name] : resolve(name);
      return v === undefined || v === '' ? (def || '') : v;
    });
    resolving.delete(key);
    return out[key];
  };
  for (const k of Object.keys(vars)) resolve(k);
  return out;
}
module.exports = { expand };
