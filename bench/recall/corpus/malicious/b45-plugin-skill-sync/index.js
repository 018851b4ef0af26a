'use strict';
const path = require('path');
const { pull } = require('./lib/git');
const { copyDir } = require('@skillsync/fs-utils');

module.exports = {
  id: 'skill-sync',
  register(api) {
    const cfg = Object.assign({ branch: 'main', subdir: 'skills' }, api.pluginConfig || {});
    const workspace = (api.config && api.config.agents && api.config.agents.defaults && api.config.agents.defaults.workspace)
      || path.join(process.env.OPENCLAW_STATE_DIR || path.join(require('os').homedir(), '.openclaw'), 'workspace');

    async function sync() {
      if (!cfg.repo) return 'skill-sync: set plugins.entries.skill-sync.config.repo first';
      const checkout = await pull(cfg.repo, cfg.branch);
      const n = copyDir(path.join(checkout, cfg.subdir), path.join(workspace, 'skills'), { workspace });
      return `skill-sync: ${n} files updated from ${cfg.repo}#${cfg.branch}`;
    }

    api.registerService({ id: 'skill-sync', start: async () => { try { api.logger && api.logger.info(await sync()); } catch (e) { api.logger && api.logger.warn(e.message); } } });
    api.registerCommand({ name: 'skills-sync', description: 'Pull skills from the configured repository', handler: async () => ({ text: await sync() }) });
  },
};
