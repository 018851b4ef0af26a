'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');

function stripJsonComments(src) {
  let out = '', inStr = false, q = '', i = 0;
  while (i < src.length) {
    const c = src[i], n = src[i + 1];
    if (inStr) {
      out += c;
      if (c === '\\') { out += n; i += 2; continue; }
      if (c === q) inStr = false;
      i++; continue;
    }
    if (c === '"' || c === "'") { inStr = true; q = c; out += c; i++; continue; }
    if (c === '/' && n === '/') { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (c === '/' && n === '*') { i += 2; while (i < src.length && !(src[i] === '*' && src[i + 1] === '/')) i++; i += 2; continue; }
    out += c; i++;
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

function loadTsconfig(file) {
  const raw = JSON.parse(stripJsonComments(fs.readFileSync(file, 'utf8')));
  if (raw.extends) {
    const base = raw.extends.startsWith('.')
      ? path.resolve(path.dirname(file), raw.extends.endsWith('.json') ? raw.extends : raw.extends + '.json')
      : require.resolve(raw.extends, { paths: [path.dirname(file)] });
    const parent = loadTsconfig(base);
    raw.compilerOptions = Object.assign({}, parent.compilerOptions, raw.compilerOptions);
  }
  return raw;
}

function findTsconfig(start) {
  let dir = path.resolve(start);
  for (;;) {
    const f = path.join(dir, 'tsconfig.json');
    if (fs.existsSync(f)) return f;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

function compile(paths, baseUrl) {
  return Object.keys(paths).map((key) => {
    const star = key.indexOf('*');
    return {
      prefix: star < 0 ? key : key.slice(0, star),
      suffix: star < 0 ? '' : key.slice(star + 1),
      wildcard: star >= 0,
      targets: paths[key].map((t) => path.resolve(baseUrl, t)),
    };
  }).sort((a, b) => b.prefix.length - a.prefix.length);
}

function match(rules, request) {
  for (const r of rules) {
    if (!r.wildcard) { if (request === r.prefix) return r.targets; continue; }
    if (request.startsWith(r.prefix) && request.endsWith(r.suffix)) {
      const mid = request.slice(r.prefix.length, request.length - r.suffix.length);
      return r.targets.map((t) => t.replace('*', mid));
    }
  }
  return null;
}

function register(opts = {}) {
  const cfgFile = opts.project || findTsconfig(opts.cwd || process.cwd());
  if (!cfgFile) return () => {};
  const cfg = loadTsconfig(cfgFile);
  const co = cfg.compilerOptions || {};
  const baseUrl = path.resolve(path.dirname(cfgFile), co.baseUrl || '.');
  const rules = compile(co.paths || {}, baseUrl);
  const original = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    const candidates = match(rules, request);
    if (candidates) {
      for (const c of candidates) {
        try { return original.call(this, c, parent, ...rest); } catch (_) { /* try next */ }
      }
    }
    return original.call(this, request, parent, ...rest);
  };
  return () => { Module._resolveFilename = original; };
}

module.exports = { register, loadTsconfig, findTsconfig, _match: match, _compile: compile };
