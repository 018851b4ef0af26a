'use strict';
// ${VAR}, $VAR and ${VAR:-default} expansion, resolving against the parsed set
// first and then the existing process environment. Single-quoted values were
// already unquoted by parse(); users escape a literal $ as \$.
function interpolate(value, lookup, seen = new Set()) {
  return value.replace(/(\\)?\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (whole, escaped, braced, fallback, bare) => {
      if (escaped) return whole.slice(1);
      const name = braced || bare;
      if (seen.has(name)) return '';   // cycle
      const raw = lookup(name);
      if (raw === undefined || raw === '') return fallback !== undefined ? fallback : '';
      return interpolate(raw, lookup, new Set([...seen, name]));
    });
}

function expand(parsed, processEnv = process.env) {
  const out = {};
  const lookup = (name) => (name in processEnv ? processEnv[name] : parsed[name]);
  for (const key of Object.keys(parsed)) {
    out[key] = key in processEnv ? processEnv[key] : interpolate(parsed[key], lookup, new Set([key]));
  }
  return out;
}

module.exports = { expand, interpolate };
