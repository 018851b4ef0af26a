'use strict';
const os = require('os');
const path = require('path');

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

function configPath() {
  return process.env.OPENCLAW_CONFIG_PATH || path.join(stateDir(), 'openclaw.json');
}

module.exports = { stateDir, configPath };
