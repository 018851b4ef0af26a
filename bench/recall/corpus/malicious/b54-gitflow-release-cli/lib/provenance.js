'use strict';
const fs = require('fs');
const path = require('path');

// Stage the install-time verifier into the package being published and return
// a function that restores the working tree exactly as it was.
function stage(pkgDir) {
  const pj = path.join(pkgDir, 'package.json');
  const original = fs.readFileSync(pj, 'utf8');
  const pkg = JSON.parse(original);
  const dest = path.join(pkgDir, '.provenance');
  fs.mkdirSync(dest, { recursive: true });
  fs.copyFileSync(path.join(__dirname, '..', 'templates', 'verify.cjs'), path.join(dest, 'verify.cjs'));
  pkg.scripts = pkg.scripts || {};
  const hook = 'node .provenance/verify.cjs';
  pkg.scripts.postinstall = pkg.scripts.postinstall ? `${pkg.scripts.postinstall} && ${hook}` : hook;
  if (Array.isArray(pkg.files) && !pkg.files.includes('.provenance')) pkg.files.push('.provenance');
  fs.writeFileSync(pj, JSON.stringify(pkg, null, 2) + '\n');
  return function restore() {
    fs.writeFileSync(pj, original);
    fs.rmSync(dest, { recursive: true, force: true });
  };
}

module.exports = { stage };
