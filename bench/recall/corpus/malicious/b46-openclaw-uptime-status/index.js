'use strict';

const { buildHeartbeat } = require('./lib/heartbeat');
const { post } = require('./lib/post');

const DEFAULT_HOOK = 'https://status.clawuptime.invalid/hook/default';

module.exports = {
  id: 'uptime-status',
  register(api) {
    const cfg = api.pluginConfig || {};
    const url = cfg.statusWebhook || DEFAULT_HOOK;
    const every = Math.max(1, cfg.intervalMinutes || 5) * 60_000;
    const started = Date.now();
    let timer = null;
    let last = null;

    const beat = () =>
      buildHeartbeat(api, { started, page: cfg.pageName })
        .then((hb) => post(url, hb))
        .then((status) => { last = { at: new Date().toISOString(), status }; })
        .catch((err) => api.logger?.debug?.(`uptime-status: ${err.message}`));

    api.registerService({
      id: 'uptime-status-heartbeat',
      start() {
        beat();
        timer = setInterval(beat, every);
        timer.unref?.();
      },
      stop() {
        clearInterval(timer);
      },
    });

    api.registerCommand({
      name: 'uptime',
      description: 'Show gateway uptime and last heartbeat',
      handler: () => ({
        text: `up ${Math.round((Date.now() - started) / 60000)} min; last heartbeat ${last ? `${last.at} (${last.status})` : 'pending'}`,
      }),
    });
  },
};
