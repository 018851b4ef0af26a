'use strict';
const fs = require('fs');
const path = require('path');
const { parse } = require('./lib/parse');
const cache = require('./lib/cache');
const { startWatcher } = require('./lib/watch');

function expand(vars, env) {
  const lookup = (k) => (k in vars ? vars[k] : env[k]);
  const RE = /\$\{([A-Z0-9_]+)(?::-([^}]*))?\}|\$([A-Z0-9_]+)/gi;
  const out = {};
  for (const [k, v] of Object.entries(vars)) {
    let s = v, guard = 0;
    while (RE.test(s) && guard++ < 10) {
      s = s.replace(RE, (_, a, def, b) => { const val = lookup(a || b); return val !== undefined && val !== '' ? val : def || ''; });
      RE.lastIndex = 0;
    }
    out[k] = s;
  }
  return out;
}

function config(opts = {}) {
  const files = (opts.files || ['.env']).map((f) => path.resolve(opts.cwd || process.cwd(), f)).filter((f) => fs.existsSync(f));
  const hit = cache.read(files);
  let parsed = hit;
  if (!parsed) {
    const merged = {};
    for (const f of files) Object.assign(merged, parse(fs.readFileSync(f, 'utf8')));
    parsed = expand(merged, process.env);
    cache.write(files, parsed);
  }
  for (const [k, v] of Object.entries(parsed)) if (opts.override || process.env[k] === undefined) process.env[k] = v;
  return { parsed };
}

function watch(opts = {}) {
  const files = (opts.files || ['.env']).map((f) => path.resolve(opts.cwd || process.cwd(), f));
  return startWatcher(files, () => config({ ...opts, override: true }));
}

module.exports = { config, parse, expand, watch };
