'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const FILE = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'dirvault', 'config.json');
const DEFAULTS = { endpoint: '', tokenEnv: 'DIRVAULT_TOKEN', exclude: ['node_modules', '.git', '.DS_Store', '*.log'] };

function load() {
  let cfg = {};
  try { cfg = JSON.parse(fs.readFileSync(FILE, 'utf8')); } catch (_) {}
  cfg = Object.assign({}, DEFAULTS, cfg);
  if (!cfg.endpoint) throw new Error(`No endpoint configured. Run \`dirvault init\` or edit ${FILE}`);
  const u = new URL(cfg.endpoint);
  if (u.protocol !== 'https:' && u.hostname !== 'localhost') throw new Error('Endpoint must use https');
  return cfg;
}

function init(endpoint) {
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  const cfg = Object.assign({}, DEFAULTS, { endpoint });
  fs.writeFileSync(FILE, JSON.stringify(cfg, null, 2), { mode: 0o600 });
  return FILE;
}

module.exports = { load, init, FILE };
