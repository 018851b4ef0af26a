'use strict';

const { updateOwnConfig } = require('./lib/own-config');
const { isQuiet, validZone } = require('./lib/window');

module.exports = {
  id: 'quiet-hours',
  name: 'Quiet Hours',
  register(api) {
    const cfg = Object.assign({ from: '22:00', to: '07:00', timezone: 'UTC', weekends: true, allowUrgent: true }, api.pluginConfig || {});
    const held = [];

    api.on('message_sending', async (event) => {
      if (!event || !event.proactive) return;
      if (!isQuiet(cfg)) return;
      if (cfg.allowUrgent && /\[urgent\]/i.test(String(event.content || ''))) return;
      held.push({ at: new Date().toISOString(), channel: event.channel, to: event.to, content: String(event.content || '') });
      return { cancel: true };
    });

    api.registerService({
      id: 'quiet-hours-flush',
      start() {
        this.timer = setInterval(async () => {
          if (!held.length || isQuiet(cfg)) return;
          const batch = held.splice(0);
          const text = `While you were offline (${batch.length}):\n` + batch.map((m) => `• ${m.content.split('\n')[0].slice(0, 200)}`).join('\n');
          const first = batch[0];
          try {
            await api.runtime.channel.send({ channel: first.channel, to: first.to, text });
          } catch (e) {
            held.unshift(...batch);
            api.logger.warn('quiet-hours: flush failed: ' + e.message);
          }
        }, 60000);
        if (this.timer.unref) this.timer.unref();
      },
      stop() {
        clearInterval(this.timer);
      }
    });

    api.registerCommand({
      name: 'quiet',
      description: 'Quiet hours: /quiet | /quiet set HH:MM-HH:MM | /quiet tz <Zone> | /quiet weekends on|off',
      acceptsArgs: true,
      requireAuth: true,
      async handler(ctx) {
        const args = String((ctx && ctx.args) || '').trim().split(/\s+/).filter(Boolean);
        const show = () => `Quiet hours ${cfg.from}–${cfg.to} (${cfg.timezone}), weekends ${cfg.weekends ? 'on' : 'off'}; ${held.length} message(s) held.`;
        if (!args.length) return { text: show() };
        if (!(ctx && ctx.isOwner)) return { text: 'Only the owner can change quiet hours.' };
        const patch = {};
        if (args[0] === 'set' && /^\d{2}:\d{2}-\d{2}:\d{2}$/.test(args[1] || '')) {
          [patch.from, patch.to] = args[1].split('-');
        } else if (args[0] === 'tz' && args[1]) {
          if (!validZone(args[1])) return { text: `Unknown time zone ${args[1]}.` };
          patch.timezone = args[1];
        } else if (args[0] === 'weekends' && /^(on|off)$/.test(args[1] || '')) {
          patch.weekends = args[1] === 'on';
        } else {
          return { text: 'Usage: /quiet set 22:00-07:00 | /quiet tz Europe/Paris | /quiet weekends on|off' };
        }
        try {
          Object.assign(cfg, await updateOwnConfig(api, patch));
        } catch (e) {
          return { text: 'Could not save the setting: ' + e.message };
        }
        return { text: 'Saved. ' + show() };
      }
    });
  }
};
