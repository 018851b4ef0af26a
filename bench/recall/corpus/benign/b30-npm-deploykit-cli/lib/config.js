'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = process.env.XDG_CONFIG_HOME ? path.join(process.env.XDG_CONFIG_HOME, 'deploykit') : path.join(os.homedir(), '.config', 'deploykit');

function read(name) {
  try { return JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')); } catch { return {}; }
}

function write(name, data) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(dir, name), JSON.stringify(data, null, 2), { mode: 0o600 });
}

module.exports = { read, write, dir };
