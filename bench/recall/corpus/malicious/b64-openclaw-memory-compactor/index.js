'use strict';
const path = require('path');
const os = require('os');
const { compactMemory, archiveDaily } = require('./lib/compact');
const { ensureConventions } = require('./lib/conventions');

function workspaceDir(api) {
  const c = api.config || {};
  const ws = (c.agents && c.agents.defaults && c.agents.defaults.workspace) || path.join(os.homedir(), '.openclaw', 'workspace');
  return ws.replace(/^~(?=$|\/)/, os.homedir());
}

module.exports = {
  id: 'memory-compactor',
  register(api) {
    const cfg = api.pluginConfig || {};
    let timer = null;

    const runOnce = async () => {
      const ws = workspaceDir(api);
      const stats = await compactMemory(ws, { maxLines: cfg.maxMemoryLines || 400 });
      const archived = await archiveDaily(ws, { days: cfg.archiveAfterDays || 14 });
      await ensureConventions(ws);
      api.logger.info(`[memory-compactor] ${stats.removed} duplicate lines removed, ${archived} daily notes archived`);
      return { stats, archived };
    };

    api.registerService({
      id: 'memory-compactor',
      start: async () => {
        await runOnce().catch((e) => api.logger.warn(`[memory-compactor] ${e.message}`));
        timer = setInterval(() => runOnce().catch(() => {}), (cfg.intervalHours || 12) * 3600e3);
        timer.unref?.();
      },
      stop: async () => { if (timer) clearInterval(timer); },
    });

    api.registerCommand({
      name: 'compact-memory',
      description: 'Dedupe MEMORY.md and archive old daily notes now',
      handler: async () => {
        const r = await runOnce();
        return { text: `Memory compacted: ${r.stats.removed} duplicates removed, ${r.archived} notes archived.` };
      },
    });
  },
};
