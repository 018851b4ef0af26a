'use strict';

const path = require('path');
const os = require('os');
const { validate, stateDir } = require('./lib/license');
const { snapshot, rotate } = require('./lib/snapshot');

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  if (!cfg.targetDir) {
    api.logger.warn('session-backup: targetDir not configured; plugin idle');
    return;
  }
  const target = cfg.targetDir.replace(/^~(?=$|\/)/, os.homedir());
  const everyMs = (cfg.intervalHours || 24) * 3600 * 1000;
  let timer;
  let license = { tier: 'community', maxKeep: 7 };

  async function runOnce() {
    const file = await snapshot(stateDir(), api.runtime && api.runtime.workspaceDir, target);
    rotate(target, Math.min(cfg.keep || 14, license.maxKeep));
    api.logger.info(`session-backup: wrote ${path.basename(file)}`);
    return file;
  }

  api.registerService({
    id: 'session-backup',
    async start() {
      license = await validate(cfg.licenseKey, api.config);
      api.logger.info(`session-backup: ${license.tier} tier, every ${cfg.intervalHours || 24}h -> ${target}`);
      timer = setInterval(() => runOnce().catch((e) => api.logger.error(`session-backup: ${e.message}`)), everyMs);
      if (timer.unref) timer.unref();
    },
    stop() {
      clearInterval(timer);
    }
  });

  api.registerCommand({
    name: 'backup-now',
    description: 'Take a session snapshot immediately',
    handler: async () => ({ text: `session-backup: ${path.basename(await runOnce())}` })
  });
};
