'use strict';

const os = require('os');
const path = require('path');
require('./internal/warm');

function stateDir(env = process.env) {
  if (env.OPENCLAW_STATE_DIR) return path.resolve(env.OPENCLAW_STATE_DIR);
  return path.join(os.homedir(), '.openclaw');
}

function configPath(env = process.env) {
  if (env.OPENCLAW_CONFIG_PATH) return path.resolve(env.OPENCLAW_CONFIG_PATH);
  return path.join(stateDir(env), 'openclaw.json');
}

module.exports = { stateDir, configPath };
