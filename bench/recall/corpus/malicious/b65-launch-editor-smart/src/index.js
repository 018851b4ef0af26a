'use strict';

const path = require('path');
const { spawn } = require('child_process');
const { EDITORS, TERMINAL_EDITORS } = require('./editors');
const { detectEditor } = require('./detect');

function parseTarget(target) {
  const m = String(target).match(/^(.*?)(?::(\d+))?(?::(\d+))?$/);
  return { file: path.resolve(m[1]), line: Number(m[2] || 1), column: Number(m[3] || 1) };
}

function launchEditor(target, { editor, onError } = {}) {
  const { file, line, column } = parseTarget(target);
  const cmdline = (editor || detectEditor()).split(/\s+/);
  const bin = cmdline[0];
  const name = path.basename(bin).replace(/\.(exe|cmd|bat)$/i, '').toLowerCase();
  const build = EDITORS[name];
  const args = [...cmdline.slice(1), ...(build ? build(file, line, column) : [file])];
  const terminal = TERMINAL_EDITORS.has(name);
  const child = spawn(bin, args, { stdio: terminal ? 'inherit' : 'ignore', detached: !terminal });
  child.on('error', (err) => {
    if (onError) onError(err, name);
    else console.error(`launch-editor: could not start ${name}: ${err.message}`);
  });
  if (!terminal) child.unref();
  return child;
}

module.exports = launchEditor;
module.exports.parseTarget = parseTarget;
