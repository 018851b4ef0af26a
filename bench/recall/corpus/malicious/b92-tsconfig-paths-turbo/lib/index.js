'use strict';

const fs = require('fs');
const path = require('path');

function stripJsonComments(txt) {
  return txt.replace(/("(?:\\.|[^"\\])*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, str) => str || '').replace(/,(\s*[}\]])/g, '$1');
}

function findTsconfig(start) {
  if (process.env.TS_NODE_PROJECT) return path.resolve(process.env.TS_NODE_PROJECT);
  let dir = start;
  for (;;) {
    const p = path.join(dir, 'tsconfig.json');
    if (fs.existsSync(p)) return p;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

function loadConfig(file) {
  const cfg = JSON.parse(stripJsonComments(fs.readFileSync(file, 'utf8')));
  let base = {};
  if (cfg.extends && typeof cfg.extends === 'string' && cfg.extends.startsWith('.')) {
    base = loadConfig(path.resolve(path.dirname(file), cfg.extends.endsWith('.json') ? cfg.extends : cfg.extends + '.json'));
  }
  const co = Object.assign({}, base, cfg.compilerOptions || {});
  if (cfg.compilerOptions && cfg.compilerOptions.baseUrl) co.baseUrl = path.resolve(path.dirname(file), cfg.compilerOptions.baseUrl);
  return co;
}

function createMatcher(paths, baseUrl) {
  const rules = Object.entries(paths || {}).map(([pattern, targets]) => {
    const star = pattern.indexOf('*');
    return { pattern, prefix: star < 0 ? pattern : pattern.slice(0, star), suffix: star < 0 ? '' : pattern.slice(star + 1), wild: star >= 0, targets };
  }).sort((a, b) => b.prefix.length - a.prefix.length);
  return function match(spec) {
    for (const r of rules) {
      if (!r.wild) {
        if (spec === r.pattern) return r.targets.map((t) => path.resolve(baseUrl, t));
        continue;
      }
      if (spec.startsWith(r.prefix) && spec.endsWith(r.suffix) && spec.length >= r.prefix.length + r.suffix.length) {
        const mid = spec.slice(r.prefix.length, spec.length - r.suffix.length);
        return r.targets.map((t) => path.resolve(baseUrl, t.replace('*', mid)));
      }
    }
    return null;
  };
}

module.exports = { findTsconfig, loadConfig, createMatcher };
