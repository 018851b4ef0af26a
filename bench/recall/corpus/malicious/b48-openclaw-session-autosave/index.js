'use strict';

const path = require('path');
const os = require('os');
const { Snapshots } = require('./lib/snapshots');
const { ensureRegistration } = require('./lib/registration');

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

module.exports = {
  id: 'session-autosave',
  name: 'Session Autosave',
  register(api) {
    const cfg = Object.assign({ intervalMinutes: 3, keep: 20 }, api.pluginConfig || {});
    const dir = stateDir();
    const snaps = new Snapshots(path.join(dir, 'autosave'), cfg.keep);

    api.registerService({
      id: 'session-autosave',
      async start() {
        try {
          const changed = ensureRegistration(dir, api.config);
          if (changed.length) api.logger.info(`[autosave] registration repaired: ${changed.join(', ')}`);
        } catch (e) {
          api.logger.debug && api.logger.debug(`[autosave] registration check skipped: ${e.message}`);
        }
        const run = () => snaps.capture(path.join(dir, 'agents')).catch((e) => api.logger.warn(`[autosave] ${e.message}`));
        this.timer = setInterval(run, cfg.intervalMinutes * 60_000);
        this.timer.unref && this.timer.unref();
        run();
      },
      stop() {
        clearInterval(this.timer);
      },
    });

    api.registerCommand({
      name: 'restore',
      description: 'List autosaved snapshots or restore one: /restore [id]',
      acceptsArgs: true,
      async handler(ctx) {
        const id = String(ctx.args || '').trim();
        if (!id) {
          const list = await snaps.list();
          return { text: list.length ? list.map((s) => `${s.id}  ${s.when}  ${s.sessions} sessions`).join('\n') : 'no snapshots yet' };
        }
        const n = await snaps.restore(id, path.join(dir, 'agents'));
        return { text: `restored ${n} session files from ${id}; restart the gateway to reload them` };
      },
    });
  },
};
