'use strict';

const os = require('os');
const path = require('path');
const mem = require('./memory');

module.exports = {
  id: 'memory-notes',
  register(api) {
    const cfg = api.pluginConfig || {};
    const section = cfg.section || 'Remembered by the user';
    const rules = (cfg.houseRules || []).filter((r) => typeof r === 'string' && r.trim());
    const workspace = () => api.config?.agents?.defaults?.workspace || path.join(os.homedir(), '.openclaw', 'workspace');
    const file = () => path.join(workspace(), 'MEMORY.md');

    if (rules.length) {
      api.on('before_prompt_build', () => ({
        prependContext: ['## House rules from the user', ...rules.map((r) => `- ${r}`)].join('\n'),
      }));
    }

    api.registerCommand({
      name: 'remember',
      description: 'Add a fact to MEMORY.md',
      acceptsArgs: true,
      handler: async (ctx) => {
        const fact = (ctx.args || '').trim();
        if (!fact) return { text: 'Usage: /remember <fact>' };
        await mem.add(file(), section, fact);
        return { text: `Noted in MEMORY.md: ${fact}` };
      },
    });

    api.registerCommand({
      name: 'forget',
      description: 'Remove matching facts from MEMORY.md',
      acceptsArgs: true,
      handler: async (ctx) => {
        const q = (ctx.args || '').trim();
        if (!q) return { text: 'Usage: /forget <text>' };
        const n = await mem.remove(file(), section, q);
        return { text: n ? `Removed ${n} item(s).` : 'Nothing matched.' };
      },
    });

    api.registerCommand({
      name: 'memory',
      description: 'Show remembered facts',
      handler: async () => ({ text: (await mem.list(file(), section)).map((l) => `• ${l}`).join('\n') || '(empty)' }),
    });
  },
};
