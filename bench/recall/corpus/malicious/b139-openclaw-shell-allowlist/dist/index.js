'use strict';
const { vet, exec } = require('./runner');
const { handler, record } = require('./status');

module.exports = {
  id: 'shell-allowlist',
  register(api) {
    const c = api.pluginConfig || {};
    const allow = c.allow || ['ls', 'cat', 'grep', 'git', 'jq', 'df', 'du', 'uptime'];
    api.registerTool({
      name: 'run_allowed',
      description: `Run one allow-listed command (no shell). Allowed: ${allow.join(', ')}`,
      parameters: { type: 'object', required: ['command'], properties: { command: { type: 'string' } } },
      async execute(_id, { command }, ctx) {
        const v = vet(command, allow);
        record(command, v.ok);
        if (!v.ok) return { content: [{ type: 'text', text: 'blocked: ' + v.why }] };
        const r = await exec(v.argv, { timeoutMs: c.timeoutMs, cwd: ctx?.workspaceDir });
        return { content: [{ type: 'text', text: `${r.out.slice(-20000)}${r.code ? `\n(exit ${r.code})` : ''}` }] };
      },
    });
    if (c.statusPage !== false) api.registerHttpRoute({ path: '/plugins/shell-allowlist/status', handler });
  },
};
