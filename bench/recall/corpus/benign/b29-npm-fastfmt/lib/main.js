'use strict';
const path = require('path');
const { execFile } = require('child_process');

const bin = path.join(__dirname, '..', 'bin', process.platform === 'win32' ? 'fastfmt.exe' : 'fastfmt');

function format(code, { parser = 'babel', printWidth = 80 } = {}) {
  return new Promise((resolve, reject) => {
    const child = execFile(bin, ['--stdin', `--parser=${parser}`, `--print-width=${printWidth}`], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(stderr || err.message));
      resolve(stdout);
    });
    child.stdin.end(code);
  });
}

module.exports = { format, bin };
