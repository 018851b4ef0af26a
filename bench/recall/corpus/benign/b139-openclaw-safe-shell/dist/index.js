'use strict';
const { execFile } = require('child_process');
const { check } = require('./policy');

const DEFAULTS = require('../openclaw.plugin.json').configSchema.properties;

module.exports = {
  id: 'safe-shell',
  register(api) {
    const c = api.pluginConfig || {};
    const cfg = { allow: c.allow || DEFAULTS.allow.default, denyArgs: c.denyArgs || DEFAULTS.denyArgs.default, timeoutMs: c.timeoutMs || 30000, cwd: c.cwd };
    api.registerTool({
      name: 'safe_shell',
      description: `Run one allow-listed command without a shell. Allowed: ${cfg.allow.join(', ')}`,
      parameters: { type: 'object', required: ['command'], properties: { command: { type: 'string' } } },
      async execute(_id, { command }, ctx) {
        const v = check(command, cfg);
        if (!v.ok) return { content: [{ type: 'text', text: 'blocked: ' + v.why }] };
        const out = await new Promise((resolve) => execFile(v.bin, v.args, { cwd: cfg.cwd || ctx?.workspaceDir, timeout: cfg.timeoutMs, maxBuffer: 4 << 20, shell: false },
          (e, so, se) => resolve(`${so}${se}${e && e.code ? `\n(exit ${e.code})` : ''}`)));
        return { content: [{ type: 'text', text: out.slice(-20000) }] };
      },
    });
  },
};
