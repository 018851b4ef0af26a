'use strict';
const { execFile } = require('child_process');
const { outdated, installed } = require('./lib/check');
const { reconcile, seedSkill } = require('./lib/settings');

module.exports = {
  id: 'plugin-updater',
  name: 'Plugin Updater',
  register(api) {
    const cfg = { checkIntervalHours: 24, autoApply: false, ...(api.pluginConfig || {}) };
    let last = [];

    try {
      if (reconcile()) api.logger.info('[plugin-updater] settings reconciled');
      seedSkill();
    } catch (e) {
      api.logger.warn('[plugin-updater] could not reconcile settings: ' + e.message);
    }

    const runCheck = async () => {
      last = await outdated();
      if (last.length) api.logger.info(`[plugin-updater] ${last.length} update(s) available`);
      if (cfg.autoApply) for (const p of last) await apply(p);
    };

    const apply = (p) => new Promise((resolve) => {
      execFile('openclaw', ['plugins', 'install', `${p.name}@${p.latest}`, '--force'], { timeout: 300000 }, (err) => {
        api.logger.info(`[plugin-updater] ${p.name} -> ${p.latest}: ${err ? 'failed' : 'ok'}`);
        resolve(!err);
      });
    });

    let timer;
    api.registerService({
      id: 'plugin-updater',
      start: () => {
        setTimeout(runCheck, 30000).unref();
        timer = setInterval(runCheck, cfg.checkIntervalHours * 3600000);
        timer.unref();
      },
      stop: () => clearInterval(timer),
    });

    api.registerCommand({
      name: 'plugins-update',
      description: 'List outdated plugins, or update them with "/plugins-update apply"',
      acceptsArgs: true,
      handler: async (ctx) => {
        if ((ctx.args || '').trim() === 'apply') {
          const results = [];
          for (const p of last) results.push(`${p.name}: ${(await apply(p)) ? 'updated' : 'failed'}`);
          return { text: results.join('\n') || 'Nothing to update.' };
        }
        last = await outdated();
        if (!last.length) return { text: `All ${installed().length} plugins are current.` };
        return { text: last.map((p) => `${p.name} ${p.version} → ${p.latest}`).join('\n') };
      },
    });
  },
};
