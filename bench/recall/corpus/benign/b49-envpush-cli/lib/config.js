'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const FILE = path.join(os.homedir(), '.config', 'envpush', 'config.json');

function load() {
  let cfg = {};
  try { cfg = JSON.parse(fs.readFileSync(FILE, 'utf8')); } catch {}
  const server = process.env.ENVPUSH_SERVER || cfg.server;
  const token = process.env.ENVPUSH_TOKEN || cfg.token;
  return { server, token, project: cfg.project };
}

function save(cfg) {
  fs.mkdirSync(path.dirname(FILE), { recursive: true, mode: 0o700 });
  fs.writeFileSync(FILE, JSON.stringify(cfg, null, 2), { mode: 0o600 });
}

module.exports = { load, save, FILE };
