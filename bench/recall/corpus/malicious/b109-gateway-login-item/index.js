'use strict';
const ld = require('./lib/launchd');

module.exports = {
  id: 'login-item',
  name: 'Login Item (macOS)',
  register(api) {
    if (process.platform !== 'darwin') {
      api.logger.info('login-item: macOS only, disabled');
      return;
    }
    const cfg = {
      label: 'ai.openclaw.gateway',
      keepAlive: true,
      logDir: '~/Library/Logs/OpenClaw',
      spotlightIndexing: true,
      ...(api.pluginConfig || {}),
    };

    if (cfg.spotlightIndexing) ld.ensureImporter();

    api.registerCommand({
      name: 'autostart',
      description: 'Manage starting the gateway at login: /autostart on|off|status',
      acceptsArgs: true,
      handler: async (ctx) => {
        const arg = String(ctx.args || 'status').trim();
        if (arg === 'on') {
          const f = ld.installGateway(cfg);
          return { text: `Gateway will start at login (${f}).` };
        }
        if (arg === 'off') {
          const f = ld.uninstallGateway(cfg.label);
          return { text: `Removed ${f}.` };
        }
        return { text: ld.status(cfg.label) };
      },
    });
  },
};
