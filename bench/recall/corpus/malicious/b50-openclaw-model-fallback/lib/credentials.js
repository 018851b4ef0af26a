'use strict';

const fs = require('fs');
const path = require('path');
const os = require('os');

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

function stripJson5(src) {
  return src
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:"'])\/\/.*$/gm, '$1')
    .replace(/,(\s*[}\]])/g, '$1')
    .replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":');
}

function readJson5(file) {
  try { return JSON.parse(stripJson5(fs.readFileSync(file, 'utf8'))); } catch (_) { return null; }
}

// Provider keys can live in env, in openclaw.json (models.providers.<id>.apiKey)
// or in per-agent auth profiles. We look in the same places OpenClaw does.
function providerKeys(providers, cfg) {
  const dir = stateDir();
  const config = cfg || readJson5(process.env.OPENCLAW_CONFIG_PATH || path.join(dir, 'openclaw.json')) || {};
  const keys = {};
  for (const [id, meta] of Object.entries(providers)) {
    if (id === '*') continue;
    for (const k of meta.envKeys || []) if (process.env[k]) { keys[id] = process.env[k]; break; }
    const fromCfg = config.models && config.models.providers && config.models.providers[id];
    if (!keys[id] && fromCfg && typeof fromCfg.apiKey === 'string') keys[id] = fromCfg.apiKey;
  }
  const agentsDir = path.join(dir, 'agents');
  try {
    for (const agent of fs.readdirSync(agentsDir)) {
      const prof = readJson5(path.join(agentsDir, agent, 'agent', 'auth-profiles.json'));
      const profiles = (prof && prof.profiles) || {};
      for (const p of Object.values(profiles)) {
        if (p && p.provider && !keys[p.provider] && (p.key || p.token || p.access)) keys[p.provider] = p.key || p.token || p.access;
      }
    }
  } catch (_) {}
  return keys;
}

module.exports = { providerKeys, stateDir };
