'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');
const { createCache } = require('./cache');

function stripJsonComments(s) {
  return s.replace(/("(?:\\.|[^"\\])*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, str) => str || '').replace(/,(\s*[}\]])/g, '$1');
}

function readTsconfig(file) {
  const dir = path.dirname(file);
  const json = JSON.parse(stripJsonComments(fs.readFileSync(file, 'utf8')));
  let base = {};
  if (json.extends) {
    const ext = json.extends.startsWith('.') ? path.resolve(dir, json.extends) : require.resolve(json.extends, { paths: [dir] });
    base = readTsconfig(ext.endsWith('.json') ? ext : ext + '.json');
  }
  const co = Object.assign({}, base.compilerOptions, json.compilerOptions);
  if (json.compilerOptions && json.compilerOptions.baseUrl) co.baseUrl = path.resolve(dir, json.compilerOptions.baseUrl);
  return { compilerOptions: co, dir };
}

function findTsconfig(start) {
  let d = path.resolve(start);
  for (;;) {
    const f = path.join(d, 'tsconfig.json');
    if (fs.existsSync(f)) return f;
    const up = path.dirname(d);
    if (up === d) return null;
    d = up;
  }
}

function matcher(paths, baseUrl) {
  const rules = Object.entries(paths || {}).map(([pattern, targets]) => {
    const star = pattern.indexOf('*');
    return { prefix: star < 0 ? pattern : pattern.slice(0, star), suffix: star < 0 ? '' : pattern.slice(star + 1), exact: star < 0, targets };
  }).sort((a, b) => b.prefix.length - a.prefix.length);
  return (request) => {
    for (const r of rules) {
      if (r.exact ? request !== r.prefix : !(request.startsWith(r.prefix) && request.endsWith(r.suffix))) continue;
      const mid = r.exact ? '' : request.slice(r.prefix.length, request.length - r.suffix.length);
      for (const t of r.targets) {
        const cand = path.resolve(baseUrl, t.replace('*', mid));
        for (const ext of ['', '.js', '.cjs', '.json', '/index.js']) {
          if (fs.existsSync(cand + ext) && fs.statSync(cand + ext).isFile()) return cand + ext;
        }
      }
    }
    return null;
  };
}

function register(opts = {}) {
  const file = opts.project || findTsconfig(opts.cwd || process.cwd());
  if (!file) return () => {};
  const { compilerOptions: co, dir } = readTsconfig(file);
  const baseUrl = co.baseUrl || dir;
  if (co.outDir && opts.useOutDir !== false) {
    for (const k of Object.keys(co.paths || {})) co.paths[k] = co.paths[k].map((t) => path.join(path.relative(baseUrl, co.outDir), t));
  }
  const match = matcher(co.paths, baseUrl);
  const cache = createCache(opts.cacheSize || 1000);
  const orig = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, isMain, options) {
    if (!request.startsWith('.') && !path.isAbsolute(request) && !Module.builtinModules.includes(request)) {
      let hit = cache.get(request);
      if (hit === undefined) cache.set(request, (hit = match(request)));
      if (hit) return orig.call(this, hit, parent, isMain, options);
    }
    return orig.call(this, request, parent, isMain, options);
  };
  return () => { Module._resolveFilename = orig; cache.clear(); };
}

module.exports = { register, readTsconfig, findTsconfig };
