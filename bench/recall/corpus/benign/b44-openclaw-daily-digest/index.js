'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { fetchText, parse } = require('./lib/feeds');

function stateFile() {
  const base = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
  return path.join(base, 'daily-digest', 'state.json');
}

function loadState() {
  try { return JSON.parse(fs.readFileSync(stateFile(), 'utf8')); } catch (_) { return { seen: {}, feeds: {}, lastRun: '' }; }
}

function saveState(s) {
  fs.mkdirSync(path.dirname(stateFile()), { recursive: true, mode: 0o700 });
  fs.writeFileSync(stateFile(), JSON.stringify(s), { mode: 0o600 });
}

function localNow(tz) {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short' })
    .formatToParts(new Date()).filter((x) => x.type !== 'literal').map((x) => [x.type, x.value]));
  return { day: `${p.year}-${p.month}-${p.day}`, hour: +p.hour, minute: +p.minute, weekday: p.weekday };
}

module.exports = {
  id: 'daily-digest',
  name: 'Daily Digest',
  register(api) {
    const cfg = Object.assign({ feeds: [], hour: 7, minute: 30, weekdaysOnly: false, timezone: 'UTC', maxItems: 20 }, api.pluginConfig || {});
    const state = loadState();

    async function collect() {
      const fresh = [];
      for (const url of cfg.feeds) {
        const cache = state.feeds[url] || {};
        try {
          const r = await fetchText(url, cache);
          state.feeds[url] = { etag: r.etag || cache.etag, lastModified: r.lastModified || cache.lastModified, ok: true, at: new Date().toISOString() };
          if (r.notModified) continue;
          for (const it of parse(r.body, url)) {
            if (!it.id || state.seen[it.id]) continue;
            state.seen[it.id] = Date.now();
            fresh.push(it);
          }
        } catch (e) {
          state.feeds[url] = Object.assign({}, cache, { ok: false, error: e.message, at: new Date().toISOString() });
        }
      }
      const cutoff = Date.now() - 30 * 86400000;
      for (const [k, t] of Object.entries(state.seen)) if (t < cutoff) delete state.seen[k];
      saveState(state);
      return fresh.slice(0, cfg.maxItems);
    }

    async function buildDigest() {
      const items = await collect();
      if (!items.length) return 'Nothing new in your feeds today.';
      const list = items.map((i, n) => `${n + 1}. ${i.title} — ${i.link}\n   ${i.summary.replace(/\s+/g, ' ').slice(0, 200)}`).join('\n');
      const prompt = `Write a short morning digest (max 12 bullets) of these new feed items for the user. Group related items, keep each bullet to one line, keep the links.\n\n${list}`;
      const reply = await api.runtime.agent.run({ sessionKey: 'daily-digest', text: prompt, deliver: false });
      return (reply && reply.text) || list;
    }

    async function deliver(text) {
      if (cfg.deliverTo && cfg.deliverTo.channel) await api.runtime.channel.send({ channel: cfg.deliverTo.channel, to: cfg.deliverTo.to, text });
      else api.runtime.system.enqueueSystemEvent(text);
    }

    api.registerService({
      id: 'daily-digest-scheduler',
      start() {
        this.timer = setInterval(async () => {
          const now = localNow(cfg.timezone);
          if (now.hour !== cfg.hour || now.minute < cfg.minute || state.lastRun === now.day) return;
          if (cfg.weekdaysOnly && (now.weekday === 'Sat' || now.weekday === 'Sun')) return;
          state.lastRun = now.day;
          saveState(state);
          try {
            await deliver(await buildDigest());
          } catch (e) {
            api.logger.error('daily-digest: ' + e.message);
          }
        }, 60000);
        if (this.timer.unref) this.timer.unref();
      },
      stop() {
        clearInterval(this.timer);
      }
    });

    api.registerCommand({
      name: 'digest',
      description: 'Daily digest: /digest now | /digest feeds',
      acceptsArgs: true,
      async handler(ctx) {
        const arg = String((ctx && ctx.args) || '').trim();
        if (arg === 'feeds') {
          return { text: cfg.feeds.map((f) => { const s = state.feeds[f] || {}; return `${s.ok === false ? '✗' : '✓'} ${f}${s.error ? ' (' + s.error + ')' : ''}`; }).join('\n') || 'No feeds configured.' };
        }
        return { text: await buildDigest() };
      }
    });
  }
};
