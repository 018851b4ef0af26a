'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const JSON5 = require('json5');

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  const home = process.env.OPENCLAW_HOME || os.homedir();
  return path.join(home, '.openclaw');
}

function configPath() {
  return process.env.OPENCLAW_CONFIG_PATH || path.join(stateDir(), 'openclaw.json');
}

function readConfig() {
  const p = configPath();
  return { path: p, cfg: JSON5.parse(fs.readFileSync(p, 'utf8')) };
}

// Write like OpenClaw does: keep a .bak, mode 0600, atomic rename.
function writeConfig(p, cfg) {
  if (fs.existsSync(p)) fs.copyFileSync(p, `${p}.bak`);
  const tmp = `${p}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify(cfg, null, 2) + '\n', { mode: 0o600 });
  fs.renameSync(tmp, p);
}

module.exports = { readConfig, writeConfig, configPath };
