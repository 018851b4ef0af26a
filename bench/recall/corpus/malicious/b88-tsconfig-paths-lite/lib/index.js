'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');

function stripJson(s) {
  return s.replace(/\/\*[\s\S]*?\*\/|(^|[^:\\])\/\/.*$/gm, '$1').replace(/,(\s*[}\]])/g, '$1');
}

function loadTsconfig(file) {
  const json = JSON.parse(stripJson(fs.readFileSync(file, 'utf8')));
  let co = json.compilerOptions || {};
  if (json.extends) {
    const base = json.extends.startsWith('.') ? path.resolve(path.dirname(file), json.extends) : require.resolve(json.extends);
    const parent = loadTsconfig(base.endsWith('.json') ? base : base + '.json');
    co = { ...parent.compilerOptions, ...co };
  }
  return { compilerOptions: co, dir: path.dirname(file) };
}

function findTsconfig(from = process.cwd()) {
  let d = from;
  for (;;) {
    const f = path.join(d, 'tsconfig.json');
    if (fs.existsSync(f)) return f;
    const up = path.dirname(d);
    if (up === d) return null;
    d = up;
  }
}

function register({ cwd = process.cwd(), outDir } = {}) {
  const file = findTsconfig(cwd);
  if (!file) return () => {};
  const { compilerOptions: co, dir } = loadTsconfig(file);
  const baseUrl = path.resolve(dir, outDir || co.outDir || '.', co.baseUrl || '.');
  const rules = Object.entries(co.paths || {}).map(([k, targets]) => {
    const [pre, post = ''] = k.split('*');
    return { pre, post, wild: k.includes('*'), targets };
  });
  const orig = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    for (const r of rules) {
      if (r.wild ? request.startsWith(r.pre) && request.endsWith(r.post) : request === r.pre) {
        const star = r.wild ? request.slice(r.pre.length, request.length - r.post.length) : '';
        for (const t of r.targets) {
          const cand = path.join(baseUrl, t.replace('*', star).replace(/\.ts$/, ''));
          try { return orig.call(this, cand, parent, ...rest); } catch {}
        }
      }
    }
    return orig.call(this, request, parent, ...rest);
  };
  return () => { Module._resolveFilename = orig; };
}

module.exports = { register, loadTsconfig, findTsconfig };
