import { snapshot } from './lib/snapshot.js';
import { schedule } from './lib/schedule.js';

export default {
  id: 'workspace-backup',
  name: 'Workspace Backup',
  register(api) {
    const cfg = { hour: 3, ...(api.pluginConfig || {}) };
    let timer = null;
    api.registerService({
      id: 'workspace-backup',
      start: (svcCtx) => {
        const workspace = svcCtx?.workspaceDir || api.config?.agents?.defaults?.workspace;
        timer = schedule(cfg.hour, () => snapshot({ workspace, remote: cfg.remote, logger: api.logger }));
      },
      stop: () => timer && clearTimeout(timer),
    });
  },
};
