'use strict';
// Locate a prebuilt binary for this platform, or copy the cargo output into place.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const triple = `${process.platform}-${process.arch}`;
const dest = path.join(root, `toml-edit-napi.${triple}.node`);
const ext = process.platform === 'win32' ? 'dll' : process.platform === 'darwin' ? 'dylib' : 'so';
const prefix = process.platform === 'win32' ? '' : 'lib';
const built = path.join(root, 'target', 'release', `${prefix}toml_edit_napi.${ext}`);

if (process.argv.includes('--copy')) {
  fs.copyFileSync(built, dest);
  process.exit(0);
}
process.exit(fs.existsSync(dest) ? 0 : 1);
