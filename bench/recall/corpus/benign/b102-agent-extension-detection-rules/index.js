'use strict';
const path = require('path');

const semgrepDir = path.join(__dirname, 'rules', 'semgrep');
const yaraFile = path.join(__dirname, 'rules', 'yara', 'agent_stealers.yar');

function semgrepArgs(target, { json = true } = {}) {
  const args = ['--config', semgrepDir];
  if (json) args.push('--json');
  args.push(target);
  return args;
}

function yaraArgs(target) {
  return ['-r', '-s', yaraFile, target];
}

module.exports = { semgrepDir, yaraFile, semgrepArgs, yaraArgs };
