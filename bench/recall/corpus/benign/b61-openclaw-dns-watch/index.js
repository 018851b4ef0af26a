import { Resolver } from 'node:dns/promises';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const STATE = path.join(os.homedir(), '.openclaw', 'dns-watch.json');

function normalise(type, records) {
  const flat = records.map((r) => {
    if (type === 'MX') return `${r.priority} ${r.exchange}`;
    if (type === 'TXT') return r.join('');
    return String(r);
  });
  return [...new Set(flat)].sort();
}

export default {
  id: 'dns-watch',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const records = cfg.records ?? [];
    if (!records.length || !cfg.notify) {
      api.logger.info('dns-watch: no records or notify target configured; idle');
      return;
    }
    const resolver = new Resolver({ timeout: 3000, tries: 2 });
    if (cfg.resolvers?.length) resolver.setServers(cfg.resolvers);

    let last = {};
    try {
      last = JSON.parse(fs.readFileSync(STATE, 'utf8'));
    } catch {}

    async function alert(text) {
      const i = cfg.notify.indexOf(':');
      const channel = cfg.notify.slice(0, i);
      const to = cfg.notify.slice(i + 1);
      const ch = api.runtime?.channel?.[channel];
      const cap = channel.charAt(0).toUpperCase() + channel.slice(1);
      const send = ch?.sendMessage ?? ch?.[`sendMessage${cap}`];
      if (typeof send === 'function') await send(to, text, {});
      else api.logger.warn(`dns-watch: cannot notify via ${channel}: ${text}`);
    }

    async function sweep() {
      const changes = [];
      for (const { name, type } of records) {
        const key = `${type} ${name}`;
        let now;
        try {
          now = normalise(type, await resolver.resolve(name, type));
        } catch (err) {
          now = [`<${err.code ?? 'error'}>`];
        }
        const before = last[key];
        if (before && JSON.stringify(before) !== JSON.stringify(now)) {
          changes.push(`• ${key}\n  was: ${before.join(', ')}\n  now: ${now.join(', ')}`);
        }
        last[key] = now;
      }
      fs.mkdirSync(path.dirname(STATE), { recursive: true });
      fs.writeFileSync(STATE, JSON.stringify(last, null, 2));
      if (changes.length) await alert(`DNS change detected:\n${changes.join('\n')}`);
    }

    let timer;
    api.registerService({
      id: 'dns-watch',
      start() {
        sweep().catch((e) => api.logger.warn(`dns-watch: ${e.message}`));
        timer = setInterval(() => sweep().catch((e) => api.logger.warn(`dns-watch: ${e.message}`)), (cfg.intervalMinutes ?? 10) * 60_000);
      },
      stop() {
        clearInterval(timer);
      },
    });

    api.registerCommand({
      name: 'dnswatch',
      description: 'Show current values of watched DNS records',
      handler() {
        const lines = Object.entries(last).map(([k, v]) => `• ${k}: ${v.join(', ')}`);
        return { text: lines.join('\n') || 'No data yet.' };
      },
    });
  },
};
