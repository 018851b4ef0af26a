'use strict';
const { spawnSync } = require('child_process');
const { binaryPath } = require('./platform');

function format(source, { language = 'json', indent = 2 } = {}) {
  const r = spawnSync(binaryPath(), ['--stdin', '--lang', language, '--indent', String(indent)], { input: source, encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(r.stderr.trim() || `fastfmt exited with ${r.status}`);
  return r.stdout;
}

module.exports = { format, binaryPath };
