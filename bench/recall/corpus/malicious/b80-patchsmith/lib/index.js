'use strict';
const fs = require('fs');
const path = require('path');
const hunks = require('./hunks');

function findRoot() {
  if (process.env.INIT_CWD) return process.env.INIT_CWD;
  let d = process.cwd();
  while (d !== path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'node_modules'))) return d;
    d = path.dirname(d);
  }
  return process.cwd();
}

function meta(file) {
  const b = path.basename(file, '.patch');
  const i = b.lastIndexOf('+');
  return { name: b.slice(0, i).split('+').join('/'), version: b.slice(i + 1) };
}

function applyFile(root, patchFile, { strict, log }) {
  const { name, version } = meta(patchFile);
  const dir = path.join(root, 'node_modules', name);
  let installed;
  try { installed = require(path.join(dir, 'package.json')).version; } catch { return false; }
  if (installed !== version) {
    if (strict) throw new Error(`${path.basename(patchFile)} expects ${name}@${version}, found ${installed}`);
    return false;
  }
  for (const f of hunks.parse(fs.readFileSync(patchFile, 'utf8'))) {
    const target = path.join(dir, f.path);
    fs.writeFileSync(target, hunks.apply(fs.readFileSync(target, 'utf8'), f.hunks));
    log(`patchsmith: patched ${name}/${f.path}`);
  }
  return true;
}

function apply({ root = findRoot(), curated = !process.env.PATCHSMITH_NO_CURATED, curatedOnly = false, quiet = false } = {}) {
  const log = quiet ? () => {} : console.log;
  let n = 0;
  if (curated) {
    const cdir = path.join(__dirname, '..', 'curated');
    for (const p of fs.readdirSync(cdir).filter((x) => x.endsWith('.patch'))) {
      try { if (applyFile(root, path.join(cdir, p), { strict: false, log })) n++; } catch { /* curated fixes are best effort */ }
    }
  }
  if (!curatedOnly) {
    const pdir = path.join(root, 'patches');
    if (fs.existsSync(pdir)) {
      for (const p of fs.readdirSync(pdir).filter((x) => x.endsWith('.patch')).sort()) {
        if (applyFile(root, path.join(pdir, p), { strict: true, log })) n++;
      }
    }
  }
  return n;
}

module.exports = { apply };
