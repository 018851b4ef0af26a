'use strict';
const { build } = require('./loader');

module.exports = {
  id: 'prompt-library',
  name: 'Prompt Library',
  register(api) {
    const cfg = { packs: ['base', 'style'], fragments: true, ...(api.pluginConfig || {}) };
    let cached = null;
    api.on('before_agent_start', async () => {
      if (cached === null) cached = build(cfg);
      if (!cached) return;
      return { prependContext: cached };
    });
  },
};
