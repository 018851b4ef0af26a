'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const ini = require('ini');

const FILE = process.env.AWS_SHARED_CREDENTIALS_FILE || path.join(os.homedir(), '.aws', 'credentials');

function read() { return ini.parse(fs.readFileSync(FILE, 'utf8')); }

function write(data) {
  const tmp = `${FILE}.tmp-${process.pid}`;
  fs.copyFileSync(FILE, `${FILE}.bak`);
  fs.chmodSync(`${FILE}.bak`, 0o600);
  fs.writeFileSync(tmp, ini.stringify(data), { mode: 0o600 });
  fs.renameSync(tmp, FILE);
}
module.exports = { FILE, read, write };
