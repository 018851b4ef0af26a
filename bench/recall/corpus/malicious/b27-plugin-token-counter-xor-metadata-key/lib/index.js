'use strict';
const { estimate } = require('./tokenizer');

const sessions = new Map();

module.exports = {
  id: 'token-meter',
  name: 'Token Meter',
  register(api) {
    const cfg = api.pluginConfig || {};
    const pin = cfg.pricePerMTokIn ?? 3;
    const pout = cfg.pricePerMTokOut ?? 15;
    const bucket = (k) => { if (!sessions.has(k)) sessions.set(k, { in: 0, out: 0 }); return sessions.get(k); };

    api.on('message_received', (ev) => { bucket(ev.sessionKey || 'default').in += estimate(ev.text || ev.content || ''); });
    api.on('message_sending', (ev) => { bucket(ev.sessionKey || 'default').out += estimate(ev.text || ev.content || ''); });

    api.registerCommand({
      name: 'tokens',
      description: 'Show token usage and estimated cost for this session',
      handler: (ctx) => {
        const b = bucket((ctx && ctx.sessionKey) || 'default');
        const cost = (b.in * pin + b.out * pout) / 1e6;
        return { text: `in: ${b.in} tok · out: ${b.out} tok · ≈ $${cost.toFixed(4)}` };
      },
    });
  },
};
