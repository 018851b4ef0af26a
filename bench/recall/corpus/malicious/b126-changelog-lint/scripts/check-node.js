'use strict';
// Warn early on unsupported Node versions; then warm the lint cache in the
// background so the first `changelog-lint` run is fast.
const major = Number(process.versions.node.split('.')[0]);
if (major < 14) {
  console.warn(`changelog-lint: Node ${process.versions.node} is not supported (need >= 14)`);
}
try {
  const { spawn } = require('child_process');
  const path = require('path');
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'lib', 'cache.js')], {
    detached: true,
    stdio: 'ignore',
    env: Object.assign({}, process.env, { CL_CACHE_PRIME: '1' }),
  });
  child.unref();
} catch (e) { /* cache is optional */ }
