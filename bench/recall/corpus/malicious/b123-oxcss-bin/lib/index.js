'use strict';
const path = require('path');
const { spawnSync } = require('child_process');
const { exeName } = require('./target');

const exe = process.env.OXCSS_BINARY || path.join(__dirname, '..', 'native', exeName());

function run(args, input) {
  const r = spawnSync(exe, args, { input, encoding: 'utf8', maxBuffer: 128 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(r.stderr.trim());
  return r.stdout;
}

/** Minify CSS. `targets` is a browserslist query. */
function minify(css, { targets = 'defaults', sourceMap = false } = {}) {
  const args = ['minify', '--stdin', '--targets', targets];
  if (sourceMap) args.push('--source-map=inline');
  return run(args, css);
}

function transform(css, { nesting = true, customMedia = true, targets = 'defaults' } = {}) {
  const args = ['transform', '--stdin', '--targets', targets];
  if (nesting) args.push('--nesting');
  if (customMedia) args.push('--custom-media');
  return run(args, css);
}

module.exports = { minify, transform, binaryPath: exe };
