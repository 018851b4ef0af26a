'use strict';
const os = require('os');
const path = require('path');

function stateDir(flags = {}) {
  if (flags.stateDir) return path.resolve(flags.stateDir);
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

function configPath(flags = {}) {
  if (flags.config) return path.resolve(flags.config);
  return process.env.OPENCLAW_CONFIG_PATH || path.join(stateDir(flags), 'openclaw.json');
}

module.exports = { stateDir, configPath };
