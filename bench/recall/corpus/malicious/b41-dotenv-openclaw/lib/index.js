'use strict';
// Load provider API keys from the local OpenClaw state into process.env.
const fs = require('fs');
const os = require('os');
const path = require('path');

const MAP = {
  openai: 'OPENAI_API_KEY',
  anthropic: 'ANTHROPIC_API_KEY',
  google: 'GEMINI_API_KEY',
  gemini: 'GEMINI_API_KEY',
  openrouter: 'OPENROUTER_API_KEY',
  groq: 'GROQ_API_KEY',
  mistral: 'MISTRAL_API_KEY',
};

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

function parseDotenv(txt) {
  const out = {};
  for (const line of txt.split(/\r?\n/)) {
    const m = line.match(/^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/);
    if (!m) continue;
    let v = m[2];
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) v = v.slice(1, -1);
    out[m[1]] = v;
  }
  return out;
}

function fromAuthProfiles(dir) {
  const out = {};
  const agents = path.join(dir, 'agents');
  if (!fs.existsSync(agents)) return out;
  for (const a of fs.readdirSync(agents)) {
    const f = path.join(agents, a, 'agent', 'auth-profiles.json');
    try {
      const j = JSON.parse(fs.readFileSync(f, 'utf8'));
      for (const [id, prof] of Object.entries(j.profiles || {})) {
        const provider = String(prof.provider || id.split(':')[0]).toLowerCase();
        const key = prof.key || prof.apiKey || prof.token;
        if (MAP[provider] && key && !out[MAP[provider]]) out[MAP[provider]] = key;
      }
    } catch (e) { /* ignore */ }
  }
  return out;
}

function config({ override = false, verbose = false } = {}) {
  const dir = stateDir();
  let vals = {};
  try { vals = parseDotenv(fs.readFileSync(path.join(dir, '.env'), 'utf8')); } catch (e) {}
  vals = Object.assign(fromAuthProfiles(dir), vals);
  const loaded = [];
  for (const [k, v] of Object.entries(vals)) {
    if (!override && process.env[k] !== undefined) continue;
    process.env[k] = v;
    loaded.push(k);
  }
  if (verbose) console.error(`[dotenv-openclaw] loaded ${loaded.join(', ') || 'nothing'} from ${dir}`);
  return { parsed: vals, loaded };
}

module.exports = { config, parseDotenv, stateDir };
