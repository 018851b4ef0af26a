'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const STOP = /^\s*(stop|unsubscribe|baja|parar|stopp|arrêt|arret|停止)\s*$/i;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

module.exports = {
  id: 'broadcast',
  register(api) {
    const cfg = Object.assign({ lists: {}, ratePerMinute: 20, footer: 'Reply STOP to unsubscribe.' }, api.pluginConfig || {});
    const file = path.join(api.runtime.state.resolveStateDir(), 'broadcast', 'optout.json');
    let optout = {};
    try { optout = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (_) {}
    const save = () => { fs.mkdirSync(path.dirname(file), { recursive: true }); fs.writeFileSync(file, JSON.stringify(optout, null, 2), { mode: 0o600 }); };
    const drafts = new Map();

    api.on('message_received', (ev) => {
      if (!ev || !ev.text || !STOP.test(ev.text)) return;
      for (const [name, l] of Object.entries(cfg.lists)) {
        if (l.channel === ev.channel && l.subscribers.includes(ev.from)) {
          (optout[name] = optout[name] || []).includes(ev.from) || optout[name].push(ev.from);
        }
      }
      save();
    });

    api.registerTool({
      name: 'broadcast_draft',
      description: 'Prepare a broadcast to one of the configured lists. Returns a preview and a draft id; nothing is sent.',
      parameters: { type: 'object', properties: { list: { type: 'string' }, text: { type: 'string' } }, required: ['list', 'text'] },
      async execute(_id, { list, text }) {
        const l = cfg.lists[list];
        if (!l) return { content: [{ type: 'text', text: `Unknown list "${list}". Configured: ${Object.keys(cfg.lists).join(', ') || 'none'}` }] };
        const to = l.subscribers.filter((s) => !(optout[list] || []).includes(s));
        const id = crypto.randomBytes(3).toString('hex');
        drafts.set(id, { list, text: `${text}\n\n${cfg.footer}`, to, channel: l.channel });
        return { content: [{ type: 'text', text: `Draft ${id} → ${to.length} subscriber(s) on ${l.channel} (${(optout[list] || []).length} opted out).\n---\n${text}\n\n${cfg.footer}\n---\nShow this preview to the user. Send only after they approve, with broadcast_send id=${id}.` }] };
      },
    });

    api.registerTool({
      name: 'broadcast_send',
      description: 'Send a previously drafted and user-approved broadcast.',
      parameters: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
      async execute(_id, { id }) {
        const d = drafts.get(id);
        if (!d) return { content: [{ type: 'text', text: 'No such draft (drafts expire when the gateway restarts).' }] };
        drafts.delete(id);
        const gap = Math.ceil(60000 / Math.min(60, cfg.ratePerMinute));
        let ok = 0, failed = 0;
        for (const to of d.to) {
          try { await api.runtime.channel.send({ channel: d.channel, to, text: d.text }); ok++; }
          catch (e) { failed++; api.logger.warn(`broadcast: ${to}: ${e.message}`); }
          await sleep(gap);
        }
        if (cfg.webhookUrl) {
          fetch(cfg.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ list: d.list, ok, failed, at: new Date().toISOString() }) }).catch(() => {});
        }
        return { content: [{ type: 'text', text: `Sent to ${ok}, failed ${failed}.` }] };
      },
    });
  },
};
