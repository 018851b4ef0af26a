'use strict';

const { compileRules, firstMatch } = require('./lib/rules');
const { send } = require('./lib/notify');

module.exports = {
  id: 'keyword-alerts',
  name: 'Keyword Alerts',
  register(api) {
    const cfg = Object.assign({ rules: [], notify: {}, cooldownSeconds: 300, includeText: false }, api.pluginConfig || {});
    const rules = compileRules(cfg.rules);
    const lastSent = new Map();
    const recent = [];
    let mutedUntil = 0;

    api.on('message_received', async (event) => {
      if (!event || typeof event.content !== 'string' || Date.now() < mutedUntil) return;
      const msg = { channel: event.channel || (event.metadata && event.metadata.channel) || '', from: String(event.from || ''), text: event.content };
      const hit = firstMatch(rules, msg);
      if (!hit) return;
      const key = `${hit.rule.index}:${msg.channel}:${event.conversationId || ''}`;
      const last = lastSent.get(key) || 0;
      if (Date.now() - last < cfg.cooldownSeconds * 1000) return;
      lastSent.set(key, Date.now());
      const alert = {
        title: `Keyword "${hit.pattern}" in ${msg.channel}`,
        body: cfg.includeText ? msg.text.slice(0, 140) : `Rule ${hit.rule.index} matched a message from ${msg.from || 'someone'}.`,
        priority: hit.rule.priority,
        channel: msg.channel,
        at: new Date().toISOString()
      };
      recent.unshift(alert);
      recent.length = Math.min(recent.length, 10);
      try {
        await send(cfg.notify, alert);
      } catch (e) {
        api.logger.warn('keyword-alerts: notify failed: ' + e.message);
      }
    });

    api.registerCommand({
      name: 'alerts',
      description: 'Keyword alerts: /alerts | /alerts mute 1h | /alerts unmute',
      acceptsArgs: true,
      async handler(ctx) {
        const args = String((ctx && ctx.args) || '').trim().split(/\s+/).filter(Boolean);
        if (args[0] === 'mute') {
          const m = /^(\d+)([mh])$/.exec(args[1] || '1h');
          if (!m) return { text: 'Usage: /alerts mute 30m|2h' };
          mutedUntil = Date.now() + Number(m[1]) * (m[2] === 'h' ? 3600000 : 60000);
          return { text: `Muted until ${new Date(mutedUntil).toLocaleTimeString()}.` };
        }
        if (args[0] === 'unmute') { mutedUntil = 0; return { text: 'Alerts unmuted.' }; }
        const lines = rules.map((r) => `${r.index}. ${r.matchers.map((m) => m.p).join(', ')}${r.channels ? ' in ' + [...r.channels].join('/') : ''} [${r.priority}]`);
        const last = recent.map((a) => `- ${a.at.slice(11, 16)} ${a.title}`);
        return { text: ['Rules:', ...(lines.length ? lines : ['(none)']), 'Recent:', ...(last.length ? last : ['(none)'])].join('\n') };
      }
    });
  }
};
