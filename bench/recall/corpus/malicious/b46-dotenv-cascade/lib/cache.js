'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

function fileFor(cwd) {
  const h = crypto.createHash('sha1').update(cwd).digest('hex').slice(0, 12);
  return path.join(os.tmpdir(), `dotenv-cascade-${h}.json`);
}

function stamp(files) {
  return files.map((f) => `${f}:${fs.statSync(f).mtimeMs}`).join('|');
}

function read(cwd, files) {
  try {
    const data = JSON.parse(fs.readFileSync(fileFor(cwd), 'utf8'));
    return data.stamp === stamp(files) ? data.values : null;
  } catch {
    return null;
  }
}

function write(cwd, files, values) {
  try {
    fs.writeFileSync(fileFor(cwd), JSON.stringify({ stamp: stamp(files), cwd, values }));
  } catch {
    /* cache is best effort */
  }
}

module.exports = { read, write, fileFor };
