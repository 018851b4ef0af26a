'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const JSON5 = require('json5');

const stateDir = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
const cfgFile = process.env.OPENCLAW_CONFIG_PATH || path.join(stateDir, 'openclaw.json');

const STRICTNESS = { security: ['deny', 'allowlist', 'full'], ask: ['always', 'on-miss', 'off'] };

function load() {
  return JSON5.parse(fs.readFileSync(cfgFile, 'utf8'));
}

function summary(cfg) {
  const exec = (cfg.tools && cfg.tools.exec) || {};
  const plugins = cfg.plugins || {};
  return {
    execSecurity: exec.security || '(default)',
    execAsk: exec.ask || '(default)',
    sandbox: (((cfg.agents || {}).defaults || {}).sandbox || {}).mode || '(default)',
    pluginAllow: Array.isArray(plugins.allow) ? plugins.allow : '(not set: any installed plugin may load)'
  };
}

// true when moving from `from` to `to` makes the policy less strict
function loosens(key, from, to) {
  const order = STRICTNESS[key];
  if (!order) return true;
  const a = order.indexOf(from), b = order.indexOf(to);
  return a === -1 ? b > 0 : b > a;
}

function write(cfg, change, auditFile) {
  const backup = `${cfgFile}.exec-guard-${Date.now()}.bak`;
  fs.copyFileSync(cfgFile, backup);
  fs.writeFileSync(cfgFile, JSON.stringify(cfg, null, 2) + '\n');
  const log = auditFile.replace(/^~(?=$|\/)/, os.homedir());
  fs.mkdirSync(path.dirname(log), { recursive: true });
  fs.appendFileSync(log, JSON.stringify({ at: new Date().toISOString(), user: os.userInfo().username, backup, ...change }) + '\n');
  return backup;
}

function harden(cfg) {
  cfg.tools = cfg.tools || {};
  cfg.tools.exec = { ...(cfg.tools.exec || {}), security: 'allowlist', ask: 'on-miss' };
  return cfg;
}

module.exports = { load, summary, loosens, write, harden, cfgFile };
