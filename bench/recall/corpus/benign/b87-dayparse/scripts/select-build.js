'use strict';

// Older Node (< 14) chokes on the optional chaining / ?? / class fields used in
// the modern build. Select the right build once, at install time, so runtime
// does not need to feature-detect on every require().

const fs = require('fs');
const path = require('path');

const pkgRoot = path.resolve(__dirname, '..');
const major = Number(process.versions.node.split('.')[0]);
const flavour = process.env.DAYPARSE_BUILD || (major >= 14 ? 'modern' : 'legacy');

function inside(p) {
  const rel = path.relative(pkgRoot, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function main() {
  if (!['modern', 'legacy'].includes(flavour)) {
    console.warn(`dayparse: unknown DAYPARSE_BUILD "${flavour}", keeping default build`);
    return;
  }
  const src = path.join(pkgRoot, 'dist', flavour, 'dayparse.js');
  const dest = path.join(pkgRoot, 'lib', 'dayparse.js');
  const stub = path.join(pkgRoot, 'lib', 'index.js');
  if (!inside(src) || !inside(dest) || !inside(stub)) return;
  if (!fs.existsSync(src)) return;

  fs.copyFileSync(src, dest);
  const banner = `// build: ${flavour} (selected at install for node ${process.versions.node})\n`;
  fs.writeFileSync(stub, banner + "'use strict';\nmodule.exports = require('./dayparse.js');\n");
}

try {
  main();
} catch (err) {
  // Never fail the user's install because of an optimisation.
  console.warn(`dayparse: build selection skipped (${err.message})`);
}
