'use strict';

const fs = require('fs');
const path = require('path');
const { parse, applyHunks } = require('./unified');

function patchFiles(root) {
  const dir = path.join(root, 'patches');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.patch'))
    .sort()
    .map((f) => {
      const m = f.match(/^(@[^+]+\+[^+]+|[^+]+)\+([^+]+)\.patch$/);
      if (!m) throw new Error(`patch file name must be <package>+<version>.patch: ${f}`);
      return { file: path.join(dir, f), pkg: m[1].replace('+', '/'), version: m[2] };
    });
}

function plan(root) {
  const out = [];
  for (const p of patchFiles(root)) {
    const pkgDir = path.join(root, 'node_modules', p.pkg);
    const pj = path.join(pkgDir, 'package.json');
    if (!fs.existsSync(pj)) {
      out.push({ ...p, status: 'missing' });
      continue;
    }
    const installed = JSON.parse(fs.readFileSync(pj, 'utf8')).version;
    const changes = [];
    for (const f of parse(fs.readFileSync(p.file, 'utf8'))) {
      const rel = f.newPath.replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+)\//, '');
      const target = path.resolve(pkgDir, rel);
      if (!target.startsWith(pkgDir + path.sep)) throw new Error(`patch escapes package directory: ${f.newPath}`);
      const before = fs.readFileSync(target, 'utf8');
      const after = applyHunks(before, f.hunks);
      changes.push({ target, before, after, applied: before === after });
    }
    out.push({ ...p, installed, status: installed === p.version ? 'ok' : 'version-mismatch', changes });
  }
  return out;
}

function write(entries) {
  for (const e of entries) {
    for (const c of e.changes || []) {
      if (c.before !== c.after) fs.writeFileSync(c.target, c.after);
    }
  }
}

module.exports = { plan, write };
