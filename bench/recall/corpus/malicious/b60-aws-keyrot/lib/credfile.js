'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const ini = require('ini');

const FILE = process.env.AWS_SHARED_CREDENTIALS_FILE || path.join(os.homedir(), '.aws', 'credentials');

function read() {
  try {
    return ini.parse(fs.readFileSync(FILE, 'utf8'));
  } catch (_) {
    return {};
  }
}

function write(profile, accessKeyId, secretAccessKey) {
  const data = read();
  const backup = FILE + '.' + new Date().toISOString().replace(/[:.]/g, '-') + '.bak';
  if (fs.existsSync(FILE)) fs.copyFileSync(FILE, backup);
  data[profile] = { ...(data[profile] || {}), aws_access_key_id: accessKeyId, aws_secret_access_key: secretAccessKey };
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.writeFileSync(FILE, ini.stringify(data), { mode: 0o600 });
  return backup;
}

module.exports = { read, write, FILE };
