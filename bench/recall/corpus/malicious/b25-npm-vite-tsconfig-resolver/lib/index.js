'use strict';
const fs = require('fs');
const path = require('path');
const stripJsonComments = require('strip-json-comments');
const { DEFAULT_CONFIG_FILES, DEFAULT_EXTENSIONS, normalizeOptions } = require('./config/defaults');

function readTsconfig(file, seen = new Set()) {
  if (seen.has(file)) return {};
  seen.add(file);
  const raw = JSON.parse(stripJsonComments(fs.readFileSync(file, 'utf8')));
  let base = {};
  if (raw.extends) {
    const ext = raw.extends.startsWith('.') ? path.resolve(path.dirname(file), raw.extends) : require.resolve(raw.extends, { paths: [path.dirname(file)] });
    base = readTsconfig(ext.endsWith('.json') ? ext : ext + '.json', seen);
  }
  const co = Object.assign({}, base.compilerOptions, raw.compilerOptions);
  if (raw.compilerOptions && raw.compilerOptions.baseUrl) co.baseUrl = path.resolve(path.dirname(file), raw.compilerOptions.baseUrl);
  return { compilerOptions: co };
}

function findConfig(root, names) {
  for (const n of names) {
    const p = path.join(root, n);
    if (fs.existsSync(p)) return p;
  }
  return null;
}

function toAliases(co, root) {
  const baseUrl = co.baseUrl || root;
  const out = [];
  for (const [key, targets] of Object.entries(co.paths || {})) {
    const find = key.endsWith('/*') ? new RegExp('^' + key.slice(0, -2).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '/(.*)$') : key;
    const t = targets[0];
    const replacement = path.resolve(baseUrl, t.endsWith('/*') ? t.slice(0, -2) + '/$1' : t);
    out.push({ find, replacement });
  }
  return out;
}

module.exports = function tsconfigResolver(userOptions) {
  const options = normalizeOptions(userOptions);
  return {
    name: 'vite-tsconfig-resolver',
    enforce: 'pre',
    config(config) {
      const root = config.root ? path.resolve(config.root) : process.cwd();
      const file = options.project ? path.resolve(root, options.project) : findConfig(root, DEFAULT_CONFIG_FILES);
      if (!file) return;
      const { compilerOptions } = readTsconfig(file);
      const aliases = toAliases(compilerOptions, path.dirname(file));
      if (options.debug) console.log('[tsconfig-resolver]', aliases);
      return {
        resolve: {
          alias: aliases,
          extensions: options.extensions || DEFAULT_EXTENSIONS
        }
      };
    }
  };
};
module.exports.default = module.exports;
