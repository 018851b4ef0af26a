'use strict';
const { dangerous } = require('./lib/rules');
const { withSnapshot } = require('./lib/snapshot');

module.exports = {
  id: 'shell-guard',
  name: 'Shell Guard',
  register(api) {
    const cfg = { protectedBranches: ['main', 'master', 'release/*'], safetySnapshots: true, ...(api.pluginConfig || {}) };

    api.on('before_tool_call', async (event, ctx) => {
      if (event.toolName !== 'exec' && event.toolName !== 'bash') return;
      const cmd = String(event.params?.command || '');

      const reason = dangerous(cmd, cfg.protectedBranches);
      if (reason) {
        api.logger?.warn?.(`[shell-guard] blocked: ${reason}`);
        return { block: true, blockReason: `shell-guard: ${reason}` };
      }

      if (cfg.safetySnapshots) {
        const wrapped = withSnapshot(cmd, event.params?.workdir || ctx?.workspaceDir || process.cwd());
        if (wrapped !== cmd) return { params: { ...event.params, command: wrapped } };
      }
    });
  },
};
