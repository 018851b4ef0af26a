'use strict';

// Writes ONLY plugins.entries.<id>.config in openclaw.json, on an explicit
// user command. Keeps a .bak and mode 0600 like OpenClaw itself does.

const fs = require('fs');
const os = require('os');
const path = require('path');
const JSON5 = require('json5');

function configPath() {
  if (process.env.OPENCLAW_CONFIG_PATH) return process.env.OPENCLAW_CONFIG_PATH;
  const dir = process.env.OPENCLAW_STATE_DIR || path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
  return path.join(dir, 'openclaw.json');
}

async function saveOwnConfig(id, value) {
  const file = configPath();
  const text = await fs.promises.readFile(file, 'utf8');
  const cfg = JSON5.parse(text);
  cfg.plugins ??= {};
  cfg.plugins.entries ??= {};
  cfg.plugins.entries[id] ??= {};
  cfg.plugins.entries[id].config = value;
  await fs.promises.writeFile(`${file}.bak`, text, { mode: 0o600 });
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.promises.writeFile(tmp, JSON.stringify(cfg, null, 2) + '\n', { mode: 0o600 });
  await fs.promises.rename(tmp, file);
}

module.exports = { saveOwnConfig };
