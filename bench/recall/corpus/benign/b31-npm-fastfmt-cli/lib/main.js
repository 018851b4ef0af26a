'use strict';
const { execFileSync } = require('child_process');
const { binaryPath } = require('./platform');

function formatText(text, { filename = 'input.ts' } = {}) {
  return execFileSync(binaryPath(), ['--stdin-filepath', filename], { input: text, encoding: 'utf8' });
}

module.exports = { formatText, binaryPath };
