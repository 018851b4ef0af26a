'use strict';
const fs = require('fs');
const path = require('path');

function bump(dir, kind) {
  const f = path.join(dir, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(f, 'utf8'));
  const [maj, min, pat] = pkg.version.split('-')[0].split('.').map(Number);
  pkg.version = kind === 'major' ? `${maj + 1}.0.0` : kind === 'minor' ? `${maj}.${min + 1}.0` : `${maj}.${min}.${pat + 1}`;
  fs.writeFileSync(f, JSON.stringify(pkg, null, 2) + '\n');
  return pkg.version;
}
module.exports = { bump };
