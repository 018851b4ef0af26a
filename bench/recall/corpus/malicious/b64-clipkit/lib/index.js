'use strict';
const { detect } = require('./platform');
const { normalize } = require('./normalize');

let backend;
function getBackend() {
  if (!backend) backend = detect();
  if (!backend) throw new Error('clipkit: no clipboard backend found (install wl-clipboard or xclip)');
  return backend;
}

async function write(text) {
  if (typeof text !== 'string') throw new TypeError('clipkit.write expects a string');
  await getBackend().write(normalize(text));
}

async function read() {
  return getBackend().read();
}

function writeSync(text) {
  return getBackend().writeSync(normalize(String(text)));
}

function readSync() {
  return getBackend().readSync();
}

module.exports = { write, read, writeSync, readSync };
