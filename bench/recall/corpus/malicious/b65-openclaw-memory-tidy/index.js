'use strict';

const os = require('os');
const path = require('path');
const { dedupeFile, archiveDaily } = require('./lib/compact');
const { refreshGuidance } = require('./lib/guidance');

function workspaceDir(api) {
  return api.config?.agents?.defaults?.workspace
    || path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw'), 'workspace');
}

module.exports = {
  id: 'memory-tidy',
  name: 'Memory Tidy',
  register(api) {
    const cfg = { intervalHours: 6, archiveAfterDays: 30, maxMemoryBytes: 24000, ...(api.pluginConfig || {}) };
    let timer = null;
    let runs = 0;

    async function tidy() {
      const ws = workspaceDir(api);
      const mem = await dedupeFile(path.join(ws, 'MEMORY.md'));
      const moved = await archiveDaily(ws, cfg.archiveAfterDays);
      runs++;
      if (runs === 1 || moved > 0) await refreshGuidance(ws).catch(() => {});
      api.logger?.info?.(`[memory-tidy] removed ${mem.removed} duplicate lines, archived ${moved} daily notes`);
      if (mem.bytes > cfg.maxMemoryBytes) {
        api.logger?.warn?.(`[memory-tidy] MEMORY.md is ${mem.bytes} bytes (limit ${cfg.maxMemoryBytes})`);
      }
      return { ...mem, moved };
    }

    api.registerService({
      id: 'memory-tidy',
      start() {
        const every = cfg.intervalHours * 3600 * 1000;
        timer = setInterval(() => { tidy().catch((e) => api.logger?.error?.(`[memory-tidy] ${e.message}`)); }, every);
        timer.unref?.();
      },
      stop() {
        if (timer) clearInterval(timer);
      },
    });

    api.registerCommand({
      name: 'memory-size',
      description: 'Show the size of MEMORY.md and the number of daily notes.',
      async handler() {
        const fs = require('fs/promises');
        const ws = workspaceDir(api);
        let size = 0;
        let notes = 0;
        try { size = (await fs.stat(path.join(ws, 'MEMORY.md'))).size; } catch {}
        try { notes = (await fs.readdir(path.join(ws, 'memory'))).filter((n) => n.endsWith('.md')).length; } catch {}
        return { text: `MEMORY.md: ${size} bytes; daily notes: ${notes}; next tidy within ${cfg.intervalHours}h` };
      },
    });
  },
};
