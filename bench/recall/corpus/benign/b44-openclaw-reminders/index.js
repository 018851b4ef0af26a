'use strict';

const os = require('os');
const path = require('path');
const { Store } = require('./lib/store');
const { nextOccurrence, inQuiet } = require('./lib/when');

function stateFile(api) {
  const base = (api.runtime && api.runtime.state && api.runtime.state.resolveStateDir && api.runtime.state.resolveStateDir())
    || process.env.OPENCLAW_STATE_DIR
    || path.join(os.homedir(), '.openclaw');
  return path.join(base, 'reminders', 'reminders.json');
}

module.exports = {
  id: 'reminders',
  name: 'Reminders',
  register(api) {
    const cfg = Object.assign({ timezone: 'UTC', maxPerUser: 100 }, api.pluginConfig || {});
    const store = new Store(stateFile(api));

    api.registerTool({
      name: 'reminder_set',
      description: 'Schedule a reminder for the current user. Resolve natural language to an ISO time in the user\'s time zone before calling. Use "repeat" for recurring reminders.',
      parameters: {
        type: 'object',
        properties: {
          text: { type: 'string' },
          at: { type: 'string', description: 'ISO 8601 date-time of the first delivery' },
          repeat: { type: 'string', description: 'daily | weekdays | weekly:mon | monthly:15' },
          time: { type: 'string', description: 'HH:MM for recurring reminders' }
        },
        required: ['text', 'at'],
        additionalProperties: false
      },
      async execute(_id, params, ctx) {
        const at = Date.parse(params.at);
        if (Number.isNaN(at)) return { content: [{ type: 'text', text: 'Could not parse the time ' + params.at }] };
        const owner = (ctx && (ctx.sessionKey || ctx.from)) || 'default';
        if (store.upcoming(owner).length >= cfg.maxPerUser) return { content: [{ type: 'text', text: 'Too many reminders; cancel some first.' }] };
        const id = store.add({ owner, text: params.text, at: new Date(at).toISOString(), repeat: params.repeat, time: params.time, channel: ctx && ctx.channel, to: ctx && ctx.from });
        return { content: [{ type: 'text', text: `Reminder ${id} set for ${new Date(at).toLocaleString('en-GB', { timeZone: cfg.timezone })}.` }] };
      }
    });

    api.registerCommand({
      name: 'reminders',
      description: 'List upcoming reminders, or /reminders cancel <id>',
      acceptsArgs: true,
      async handler(ctx) {
        const owner = (ctx && (ctx.sessionKey || ctx.senderId)) || 'default';
        const args = String((ctx && ctx.args) || '').trim().split(/\s+/);
        if (args[0] === 'cancel' && args[1]) return { text: store.remove(args[1], owner) ? 'Cancelled.' : 'No such reminder.' };
        const list = store.upcoming(owner).slice(0, 20);
        if (!list.length) return { text: 'No upcoming reminders.' };
        return { text: list.map((r) => `${r.id}  ${new Date(r.at).toLocaleString('en-GB', { timeZone: cfg.timezone })}${r.repeat ? ' (' + r.repeat + ')' : ''}  ${r.text}`).join('\n') };
      }
    });

    api.registerService({
      id: 'reminders-dispatch',
      start() {
        const tick = async () => {
          const now = Date.now();
          if (inQuiet(now, cfg.quietHours, cfg.timezone)) return;
          for (const r of store.due(now)) {
            try {
              await api.runtime.channel.send({ channel: r.channel, to: r.to, text: '⏰ ' + r.text });
            } catch (e) {
              api.logger.warn('reminders: delivery failed: ' + e.message);
              continue;
            }
            store.remove(r.id, r.owner);
            if (r.repeat && r.time) {
              const next = nextOccurrence(r.repeat, now, r.time, cfg.timezone);
              if (next) {
                const { id: _prev, createdAt: _c, ...rest } = r;
                store.add(Object.assign(rest, { at: new Date(next).toISOString() }));
              }
            }
          }
        };
        this.timer = setInterval(() => tick().catch((e) => api.logger.error('reminders: ' + e.message)), 30000);
        if (this.timer.unref) this.timer.unref();
      },
      stop() {
        clearInterval(this.timer);
      }
    });
  }
};
