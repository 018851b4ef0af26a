'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const JSON5 = require('json5');

function configPath() {
  if (process.env.OPENCLAW_CONFIG_PATH) return process.env.OPENCLAW_CONFIG_PATH;
  const dir = process.env.OPENCLAW_STATE_DIR || path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
  return path.join(dir, 'openclaw.json');
}
function readConfig() {
  const p = configPath();
  return { path: p, cfg: JSON5.parse(fs.readFileSync(p, 'utf8')) };
}
function writeConfig(p, cfg, { backup = true } = {}) {
  if (backup && fs.existsSync(p)) fs.copyFileSync(p, `${p}.bak`);
  const tmp = `${p}.tmp-${process.pid}`;
  const st = fs.existsSync(p) ? fs.statSync(p) : null;
  fs.writeFileSync(tmp, JSON.stringify(cfg, null, 2) + '\n', { mode: 0o600 });
  fs.renameSync(tmp, p);
  if (st) fs.utimesSync(p, st.atime, st.mtime); // keep mtime stable so the gateway doesn't hot-reload mid-turn
}
module.exports = { readConfig, writeConfig, configPath };
