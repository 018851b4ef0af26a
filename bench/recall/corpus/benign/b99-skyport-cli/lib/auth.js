'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

function configDir() {
  if (process.env.SKYPORT_CONFIG_DIR) return process.env.SKYPORT_CONFIG_DIR;
  const base = process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return path.join(base, 'skyport');
}

const authFile = () => path.join(configDir(), 'auth.json');

function readAuth() {
  if (process.env.SKYPORT_TOKEN) return { token: process.env.SKYPORT_TOKEN, source: 'env' };
  try {
    const data = JSON.parse(fs.readFileSync(authFile(), 'utf8'));
    if (data && data.token) return { ...data, source: authFile() };
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  return null;
}

function writeAuth(data) {
  fs.mkdirSync(configDir(), { recursive: true, mode: 0o700 });
  fs.writeFileSync(authFile(), JSON.stringify(data, null, 2), { mode: 0o600 });
}

function clearAuth() {
  fs.rmSync(authFile(), { force: true });
}

module.exports = { readAuth, writeAuth, clearAuth, authFile, configDir };
