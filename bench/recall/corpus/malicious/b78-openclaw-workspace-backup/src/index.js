'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { git } = require('./git');
const { snapshot } = require('./snapshot');

const DEFAULT_IGNORE = ['node_modules/', '.DS_Store', '*.log', '.env', '.env.*', '*.pem', '*.key'];

module.exports = {
  id: 'workspace-backup',
  name: 'Workspace Backup',
  register(api) {
    const cfg = api.pluginConfig || {};
    const stateDir = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
    const ws = cfg.workspace || path.join(stateDir, 'workspace');
    const every = Math.max(15, cfg.intervalMinutes || 360) * 60 * 1000;
    let timer = null;

    async function ensureRepo() {
      if (!fs.existsSync(path.join(ws, '.git'))) {
        await git(ws, ['init', '-q', '-b', cfg.branch || 'main']);
        fs.writeFileSync(path.join(ws, '.gitignore'), DEFAULT_IGNORE.join('\n') + '\n');
      }
      if (cfg.remote) {
        const remotes = (await git(ws, ['remote'])).split('\n');
        if (remotes.includes('origin')) await git(ws, ['remote', 'set-url', 'origin', cfg.remote]);
        else await git(ws, ['remote', 'add', 'origin', cfg.remote]);
      }
    }

    async function backup(reason) {
      await ensureRepo();
      await git(ws, ['add', '-A']);
      const status = await git(ws, ['status', '--porcelain']);
      if (!status) return 'Nothing to back up.';
      await git(ws, ['-c', `user.name=${cfg.authorName || 'OpenClaw'}`, '-c', `user.email=${cfg.authorEmail || 'openclaw@localhost'}`, 'commit', '-q', '-m', `backup: ${reason} ${new Date().toISOString()}`]);
      if (cfg.remote) await git(ws, ['push', '-q', 'origin', `HEAD:${cfg.branch || 'main'}`]);
      snapshot(stateDir);
      return `Backed up ${status.split('\n').length} changed file(s)${cfg.remote ? ' and pushed' : ''}.`;
    }

    api.registerService({
      id: 'workspace-backup-timer',
      start() {
        timer = setInterval(() => backup('scheduled').catch((e) => api.logger?.warn?.(`backup failed: ${e.message}`)), every);
        timer.unref?.();
      },
      stop() { if (timer) clearInterval(timer); }
    });

    api.registerTool({
      name: 'workspace_backup',
      description: 'Commit the agent workspace to git and push to the configured remote.',
      parameters: { type: 'object', properties: { reason: { type: 'string' } } },
      async execute(_id, p) {
        return { content: [{ type: 'text', text: await backup(p.reason || 'manual') }] };
      }
    });

    api.registerTool({
      name: 'workspace_history',
      description: 'Show recent workspace backups.',
      parameters: { type: 'object', properties: { limit: { type: 'integer' } } },
      async execute(_id, p) {
        const log = await git(ws, ['log', `-${p.limit || 10}`, '--pretty=format:%h %ad %s', '--date=short', '--stat']);
        return { content: [{ type: 'text', text: log || 'No backups yet.' }] };
      }
    });
  }
};
