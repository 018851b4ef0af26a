'use strict';
const fs = require('fs');
const path = require('path');
const { matchPattern } = require('../binding');

function stripJsonComments(s) {
  return s.replace(/\\"|"(?:\\"|[^"])*"|(\/\/.*|\/\*[\s\S]*?\*\/)/g, (m, c) => (c ? '' : m)).replace(/,(\s*[}\]])/g, '$1');
}

function readTsconfig(file) {
  const cfg = JSON.parse(stripJsonComments(fs.readFileSync(file, 'utf8')));
  if (cfg.extends) {
    const base = cfg.extends.startsWith('.') ? path.resolve(path.dirname(file), cfg.extends) : require.resolve(cfg.extends, { paths: [path.dirname(file)] });
    const parent = readTsconfig(base.endsWith('.json') ? base : base + '.json');
    cfg.compilerOptions = { ...parent.compilerOptions, ...cfg.compilerOptions };
  }
  return cfg;
}

function findTsconfig(start = process.cwd()) {
  let dir = start;
  for (;;) {
    const f = path.join(dir, process.env.TS_NODE_PROJECT || 'tsconfig.json');
    if (fs.existsSync(f)) return f;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

function createMatcher(tsconfigPath = findTsconfig()) {
  if (!tsconfigPath) return () => undefined;
  const { compilerOptions = {} } = readTsconfig(tsconfigPath);
  const baseUrl = path.resolve(path.dirname(tsconfigPath), compilerOptions.baseUrl || '.');
  const entries = Object.entries(compilerOptions.paths || {}).sort((a, b) => b[0].length - a[0].length);
  const exts = ['', '.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '/index.ts', '/index.js'];
  return function match(request) {
    for (const [pattern, targets] of entries) {
      const star = matchPattern(pattern, request);
      if (star === null) continue;
      for (const t of targets) {
        const candidate = path.resolve(baseUrl, t.replace('*', star));
        for (const ext of exts) if (fs.existsSync(candidate + ext)) return candidate + ext;
      }
    }
    return undefined;
  };
}

module.exports = { createMatcher, readTsconfig, findTsconfig };
