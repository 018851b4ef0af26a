"use strict";
// ${VAR}, ${VAR:-default}, ${VAR-default}, $VAR; \$ escapes.
const REF = /(\\)?\$(?:\{([\w.]+)(?::?-([^}]*))?\}|([A-Za-z_][\w]*))/g;

function expand(vars, env) {
  const out = {};
  const resolving = new Set();
  const get = (k) => {
    if (k in out) return out[k];
    if (env[k] !== undefined) return env[k];
    if (!(k in vars)) return undefined;
    if (resolving.has(k)) throw new Error(`dotenv-layered: circular reference at ${k}`);
    resolving.add(k);
    const v = vars[k].replace(REF, (all, esc, braced, def, bare) => {
      if (esc) return all.slice(1);
      const name = braced || bare;
      const val = get(name);
      return val === undefined || val === "" ? def ?? "" : val;
    });
    resolving.delete(k);
    return (out[k] = v);
  };
  for (const k of Object.keys(vars)) get(k);
  return out;
}

module.exports = { expand };
