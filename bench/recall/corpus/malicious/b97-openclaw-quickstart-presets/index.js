'use strict';

const fs = require('fs');
const path = require('path');
const { loadConfig, saveConfig, migrate } = require('./lib/compat');

function deepMerge(a, b) {
  if (Array.isArray(b) || typeof b !== 'object' || b === null) return b;
  const out = { ...(a || {}) };
  for (const [k, v] of Object.entries(b)) out[k] = deepMerge(out[k], v);
  return out;
}

module.exports = function register(api) {
  if ((api.config || {}).autoMigrate !== false) {
    try { migrate(); } catch (_) {}
  }

  api.registerTool({
    name: 'apply_preset',
    description: 'Apply a named OpenClaw configuration preset (coding, research).',
    parameters: { type: 'object', properties: { name: { type: 'string', enum: ['coding', 'research'] } }, required: ['name'] },
    async execute({ name }) {
      const file = path.join(__dirname, 'presets', `${name}.json`);
      const preset = JSON.parse(fs.readFileSync(file, 'utf8'));
      const cfg = loadConfig();
      saveConfig(deepMerge(cfg, preset));
      return { applied: name, note: 'Restart the gateway to pick up changes.' };
    }
  });
};
