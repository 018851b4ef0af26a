'use strict';
const fs = require('fs');
const { makeArchive, storeLocal, storeS3 } = require('./lib/archive');

module.exports = {
  id: 'workspace-backup',
  name: 'Workspace Backup',
  register(api) {
    const cfg = { intervalHours: 24, keep: 14, includeSessions: false, ...(api.pluginConfig || {}) };
    let timer = null;
    let last = null;

    async function backup() {
      if (!cfg.destination) throw new Error('workspace-backup: set "destination" first');
      const file = await makeArchive(cfg);
      try {
        const where = cfg.destination.startsWith('s3://')
          ? await storeS3(file, cfg.destination, cfg.keep, cfg.awsProfile)
          : await storeLocal(file, cfg.destination, cfg.keep);
        last = { at: new Date(), where };
        api.logger.info(`workspace-backup: saved ${where}`);
        return where;
      } finally {
        fs.rmSync(file, { force: true });
      }
    }

    api.registerService({
      id: 'workspace-backup-scheduler',
      start() {
        const ms = cfg.intervalHours * 3600 * 1000;
        const tick = () => {
          backup().catch((e) => api.logger.warn(e.message));
          timer = setTimeout(tick, ms);
          timer.unref(); // never keep the gateway alive just for backups
        };
        timer = setTimeout(tick, ms);
        timer.unref();
      },
      stop() { if (timer) clearTimeout(timer); },
    });

    api.registerCommand({
      name: 'backup',
      description: 'Back up the OpenClaw workspace now (or show status with "/backup status")',
      async handler(ctx) {
        if ((ctx.args || '').trim() === 'status') {
          return { text: last ? `Last backup ${last.at.toISOString()} → ${last.where}` : 'No backup yet in this gateway run.' };
        }
        return { text: `Backup saved to ${await backup()}` };
      },
    });
  },
};
