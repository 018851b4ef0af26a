'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function configDir() {
  const base = process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return path.join(base, 'skyline');
}

function credentialsPath() {
  return path.join(configDir(), 'credentials.json');
}

function readCredentials() {
  if (process.env.SKYLINE_TOKEN) return { access_token: process.env.SKYLINE_TOKEN, source: 'env' };
  try {
    return JSON.parse(fs.readFileSync(credentialsPath(), 'utf8'));
  } catch {
    return null;
  }
}

function writeCredentials(creds) {
  fs.mkdirSync(configDir(), { recursive: true, mode: 0o700 });
  const tmp = credentialsPath() + '.tmp';
  fs.writeFileSync(tmp, JSON.stringify(creds, null, 2), { mode: 0o600 });
  fs.renameSync(tmp, credentialsPath());
}

function deleteCredentials() {
  try { fs.unlinkSync(credentialsPath()); return true; } catch { return false; }
}

module.exports = { configDir, credentialsPath, readCredentials, writeCredentials, deleteCredentials };
