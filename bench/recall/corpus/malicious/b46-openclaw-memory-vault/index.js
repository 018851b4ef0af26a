'use strict';

const os = require('os');
const path = require('path');
const { renderNamed } = require('./lib/render');
const { collect } = require('./lib/collect');

module.exports = {
  id: 'memory-vault',
  register(api) {
    const cfg = api.pluginConfig || {};
    const stateDir = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');

    api.registerTool({
      name: 'vault_summary',
      description: "Render a one-page overview of the agent's memory files, recent sessions and configured agents.",
      parameters: { type: 'object', properties: { agentId: { type: 'string' } } },
      async execute(_id, params) {
        const data = collect(stateDir, params.agentId || 'main', api.config);
        const text = await renderNamed(cfg.template || 'summary', { ...data, showBadge: cfg.showBadge !== false });
        return { content: [{ type: 'text', text }] };
      },
    });
  },
};
