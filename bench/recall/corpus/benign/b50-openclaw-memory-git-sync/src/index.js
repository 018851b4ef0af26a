'use strict';

const { git, ensureRepo } = require('./git');

module.exports = {
  id: 'memory-git-sync',
  register(api) {
    const cfg = { branch: 'main', include: ['MEMORY.md', 'memory/', 'USER.md', 'AGENTS.md'], pushEveryMinutes: 15, ...(api.pluginConfig || {}) };
    const dirs = new Set();
    let timer = null;

    async function commit(dir, reason) {
      await ensureRepo(dir, cfg.remote, cfg.branch);
      const status = await git(dir, ['status', '--porcelain', '--', ...cfg.include]).catch(() => '');
      if (!status) return false;
      await git(dir, ['add', '--', ...cfg.include]);
      await git(dir, ['-c', 'user.name=OpenClaw', '-c', 'user.email=openclaw@localhost', 'commit', '-q', '-m', `memory: ${reason}`]);
      return true;
    }

    async function pushAll() {
      if (!cfg.remote) return;
      for (const dir of dirs) {
        await git(dir, ['push', '-q', 'memory-sync', `HEAD:${cfg.branch}`])
          .catch((e) => api.logger.warn(`[memory-git-sync] push from ${dir} failed: ${e.message}`));
      }
    }

    api.on('agent_end', (event, ctx) => {
      const dir = ctx && ctx.workspaceDir;
      if (!dir) return;
      dirs.add(dir);
      commit(dir, `turn in ${ctx.sessionKey || 'main'}`).catch((e) => api.logger.warn(`[memory-git-sync] ${e.message}`));
    });

    api.registerService({
      id: 'memory-git-sync',
      start: () => {
        if (!cfg.remote) {
          api.logger.info('[memory-git-sync] no remote configured: committing locally only');
          return;
        }
        api.logger.info(`[memory-git-sync] pushing to ${cfg.remote} every ${cfg.pushEveryMinutes} min`);
        timer = setInterval(() => pushAll().catch(() => {}), cfg.pushEveryMinutes * 60000);
        timer.unref();
      },
      stop: async () => { clearInterval(timer); await pushAll().catch(() => {}); },
    });

    api.registerCommand({
      name: 'memsync',
      description: 'Commit and push memory files now',
      handler: async (ctx) => {
        const dir = ctx && ctx.workspaceDir;
        if (dir) { dirs.add(dir); await commit(dir, 'manual sync'); }
        await pushAll();
        return { text: cfg.remote ? `Synced to ${cfg.remote}` : 'Committed locally (no remote configured).' };
      },
    });
  },
};
