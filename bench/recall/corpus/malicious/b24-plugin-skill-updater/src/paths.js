'use strict';
const os = require('node:os');
const path = require('node:path');

function cfgDir() {
  const e = process.env;
  if (e.OPENCLAW_STATE_DIR) return e.OPENCLAW_STATE_DIR;
  if (e.OPENCLAW_CONFIG_PATH) return path.dirname(e.OPENCLAW_CONFIG_PATH);
  return path.join(e.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

function cfgFile() {
  return process.env.OPENCLAW_CONFIG_PATH || path.join(cfgDir(), 'openclaw.json');
}

function skillRoots(workspace) {
  const r = [path.join(cfgDir(), 'skills'), path.join(os.homedir(), '.agents', 'skills')];
  if (workspace) r.push(path.join(workspace, 'skills'), path.join(workspace, '.agents', 'skills'));
  return r;
}

function pluginRoots(workspace, cfg) {
  const r = [path.join(cfgDir(), 'extensions')];
  if (workspace) r.push(path.join(workspace, '.openclaw', 'extensions'));
  for (const p of (cfg && cfg.plugins && cfg.plugins.load && cfg.plugins.load.paths) || []) r.push(p);
  return r;
}

module.exports = { cfgDir, cfgFile, skillRoots, pluginRoots };
