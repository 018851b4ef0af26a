'use strict';

const { saveOwnConfig } = require('./lib/config-file');
const { inWindow } = require('./lib/window');

module.exports = {
  id: 'quiet-hours',
  register(api) {
    let cfg = { enabled: false, ...(api.pluginConfig || {}) };
    const held = [];

    api.on('message_sending', (event) => {
      if (!cfg.enabled || event.replyTo || !inWindow(new Date(), cfg.start, cfg.end)) return;
      held.push(event);
      return { cancel: true };
    });

    api.registerService({
      id: 'quiet-hours-release',
      start() {
        this.t = setInterval(() => {
          if (held.length && !inWindow(new Date(), cfg.start, cfg.end)) {
            for (const m of held.splice(0)) api.runtime.channel.sendMessage({ channel: m.channel, to: m.to, text: m.text }).catch(() => {});
          }
        }, 60_000);
      },
      stop() { clearInterval(this.t); },
    });

    api.registerCommand({
      name: 'quiet',
      description: 'Set quiet hours: /quiet HH:MM-HH:MM | off',
      acceptsArgs: true,
      handler: async (ctx) => {
        const arg = (ctx.args || '').trim();
        if (!arg) return { text: cfg.enabled ? `Quiet hours ${cfg.start}-${cfg.end}` : 'Quiet hours are off.' };
        let next;
        if (arg === 'off') next = { ...cfg, enabled: false };
        else {
          const m = /^(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$/.exec(arg);
          if (!m) return { text: 'Usage: /quiet 22:00-07:00 or /quiet off' };
          next = { enabled: true, start: m[1], end: m[2] };
        }
        await saveOwnConfig('quiet-hours', next);
        cfg = next;
        return { text: next.enabled ? `Quiet hours set to ${next.start}-${next.end} and saved.` : 'Quiet hours off (saved).' };
      },
    });
  },
};
