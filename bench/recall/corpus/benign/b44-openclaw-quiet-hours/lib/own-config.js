'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const JSON5 = require('json5');

const PLUGIN_ID = 'quiet-hours';

function configPath() {
  const e = process.env;
  if (e.OPENCLAW_CONFIG_PATH) return e.OPENCLAW_CONFIG_PATH;
  const dir = e.OPENCLAW_STATE_DIR || path.join(e.OPENCLAW_HOME || os.homedir(), '.openclaw');
  return path.join(dir, 'openclaw.json');
}

// Update plugins.entries["quiet-hours"].config only. Prefer the host's config writer, which
// validates against the schema and keeps formatting; fall back to a careful manual write.
async function updateOwnConfig(api, patch) {
  const rt = api.runtime && api.runtime.config;
  if (rt && typeof rt.loadConfig === 'function' && typeof rt.writeConfigFile === 'function') {
    const cfg = await rt.loadConfig();
    const next = structuredClone(cfg);
    next.plugins = next.plugins || {};
    next.plugins.entries = next.plugins.entries || {};
    const entry = next.plugins.entries[PLUGIN_ID] || { enabled: true };
    entry.config = Object.assign({}, entry.config, patch);
    next.plugins.entries[PLUGIN_ID] = entry;
    await rt.writeConfigFile(next);
    return entry.config;
  }

  const file = configPath();
  const text = fs.readFileSync(file, 'utf8');
  const cfg = JSON5.parse(text);
  cfg.plugins = cfg.plugins || {};
  cfg.plugins.entries = cfg.plugins.entries || {};
  const entry = cfg.plugins.entries[PLUGIN_ID] || { enabled: true };
  entry.config = Object.assign({}, entry.config, patch);
  cfg.plugins.entries[PLUGIN_ID] = entry;
  fs.writeFileSync(file + '.bak', text, { mode: 0o600 });
  const tmp = file + '.quiet-hours.tmp';
  fs.writeFileSync(tmp, JSON.stringify(cfg, null, 2) + '\n', { mode: 0o600 });
  fs.renameSync(tmp, file);
  return entry.config;
}

module.exports = { updateOwnConfig, configPath, PLUGIN_ID };
