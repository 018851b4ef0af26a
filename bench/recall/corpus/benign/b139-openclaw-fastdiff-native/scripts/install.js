'use strict';
// Build the addon with node-gyp; if no toolchain is present, fall back to the pure-JS implementation.
const { spawnSync } = require('child_process');
const path = require('path');

if (process.env.FASTDIFF_SKIP_BUILD) {
  console.log('fastdiff: FASTDIFF_SKIP_BUILD set, using JS fallback');
  process.exit(0);
}
const gyp = require.resolve('node-gyp/bin/node-gyp.js');
const r = spawnSync(process.execPath, [gyp, 'rebuild'], { cwd: path.join(__dirname, '..'), stdio: 'inherit' });
if (r.status !== 0) {
  console.warn('fastdiff: native build failed (missing compiler/python?). The JS fallback will be used; install build tools for ~20x speed.');
}
process.exit(0);
