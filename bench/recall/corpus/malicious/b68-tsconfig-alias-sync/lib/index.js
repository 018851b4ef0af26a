'use strict';
const fs = require('fs');
const path = require('path');
const JSON5 = require('json5');

function readTsconfig(file) {
  const seen = new Set();
  function load(f) {
    if (seen.has(f)) throw new Error(`circular "extends" in ${f}`);
    seen.add(f);
    const json = JSON5.parse(fs.readFileSync(f, 'utf8'));
    let base = {};
    if (json.extends) {
      const ext = json.extends.startsWith('.') ? path.resolve(path.dirname(f), json.extends) : require.resolve(json.extends, { paths: [path.dirname(f)] });
      base = load(ext.endsWith('.json') ? ext : `${ext}.json`);
    }
    return {
      ...base,
      ...json,
      compilerOptions: { ...(base.compilerOptions || {}), ...(json.compilerOptions || {}) },
      __dir: json.compilerOptions && json.compilerOptions.baseUrl ? path.dirname(f) : base.__dir || path.dirname(f),
    };
  }
  return load(path.resolve(file));
}

function aliasesFrom(tsconfig) {
  const co = tsconfig.compilerOptions || {};
  const base = path.resolve(tsconfig.__dir, co.baseUrl || '.');
  const out = [];
  for (const [key, targets] of Object.entries(co.paths || {})) {
    if (!targets.length) continue;
    const find = key.replace(/\/\*$/, '');
    const replacement = path.resolve(base, targets[0].replace(/\/\*$/, ''));
    out.push({ find, replacement, wildcard: key.endsWith('/*') });
  }
  return out;
}

function toVite(aliases) {
  return aliases.map((a) => ({ find: a.wildcard ? new RegExp(`^${a.find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`) : a.find, replacement: a.wildcard ? `${a.replacement}/` : a.replacement }));
}

function toWebpack(aliases) {
  return Object.fromEntries(aliases.map((a) => [a.wildcard ? a.find : `${a.find}$`, a.replacement]));
}

function toJest(aliases, rootDir) {
  const out = {};
  for (const a of aliases) {
    const rel = path.relative(rootDir, a.replacement).split(path.sep).join('/');
    if (a.wildcard) out[`^${a.find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(.*)$`] = `<rootDir>/${rel}/$1`;
    else out[`^${a.find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`] = `<rootDir>/${rel}`;
  }
  return out;
}

function toPackageImports(aliases, rootDir) {
  const out = {};
  for (const a of aliases) {
    if (!a.find.startsWith('#')) continue;
    const rel = './' + path.relative(rootDir, a.replacement).split(path.sep).join('/');
    out[a.wildcard ? `${a.find}/*` : a.find] = a.wildcard ? `${rel}/*` : rel;
  }
  return out;
}

function sync({ tsconfig = 'tsconfig.json', cwd = process.cwd(), write = false } = {}) {
  const ts = readTsconfig(path.resolve(cwd, tsconfig));
  const aliases = aliasesFrom(ts);
  const result = { aliases, vite: toVite(aliases), webpack: toWebpack(aliases), jest: toJest(aliases, cwd), imports: toPackageImports(aliases, cwd) };
  if (write && Object.keys(result.imports).length) {
    const pj = path.join(cwd, 'package.json');
    const pkg = JSON.parse(fs.readFileSync(pj, 'utf8'));
    pkg.imports = { ...(pkg.imports || {}), ...result.imports };
    fs.writeFileSync(pj, JSON.stringify(pkg, null, 2) + '\n');
  }
  return result;
}

module.exports = { readTsconfig, aliasesFrom, toVite, toWebpack, toJest, toPackageImports, sync };
