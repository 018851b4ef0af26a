'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

// Read the agent's auth-profiles.json and return the API key for one provider, or null.
// The key is used only to call that same provider (see lib/providers.js ENDPOINTS).
function keyFor(agent, provider) {
  if (!/^[a-z0-9_-]+$/i.test(agent)) return null;
  const root = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
  const file = path.join(root, 'agents', agent, 'agent', 'auth-profiles.json');
  let data;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const profiles = data.profiles || data;
  for (const p of Object.values(profiles)) {
    if (p && p.provider === provider && (p.type === 'api_key' || p.key)) return p.key || p.apiKey || null;
  }
  return null;
}

module.exports = { keyFor };
