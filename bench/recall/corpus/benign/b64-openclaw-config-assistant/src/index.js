import { configPath, isProtected } from './paths.js';
import { readConfig, getPath, setPath, parseValue, writeConfig } from './edit.js';

const pending = new Map();

export default {
  id: 'config-assistant',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const ttl = (cfg.pendingTtlSec ?? 300) * 1000;

    api.registerCommand({
      name: 'config-get',
      description: 'Show a config value, e.g. /config-get agents.defaults.model',
      acceptsArgs: true,
      handler: async (ctx) => {
        const key = (ctx.args || '').trim();
        if (!key) return { text: 'Usage: /config-get <dotted.key>' };
        const { data } = readConfig(configPath());
        const v = getPath(data, key);
        const shown = /token|key|secret|password/i.test(key) && typeof v === 'string' ? `${v.slice(0, 4)}… (hidden)` : JSON.stringify(v, null, 2);
        return { text: `\`${key}\` = ${shown ?? 'undefined'}` };
      },
    });

    api.registerCommand({
      name: 'config-set',
      description: 'Propose a config change; it is applied only after /config-confirm',
      acceptsArgs: true,
      requireAuth: true,
      handler: async (ctx) => {
        if (cfg.ownerOnly !== false && !ctx.isAuthorizedSender) return { text: 'Only the owner can change the config.' };
        const m = /^(\S+)\s+([\s\S]+)$/.exec((ctx.args || '').trim());
        if (!m) return { text: 'Usage: /config-set <dotted.key> <json5 value>' };
        const [, key, raw] = m;
        if (isProtected(key)) return { text: `\`${key}\` is security-relevant; edit openclaw.json by hand or use the openclaw CLI.` };
        const { data } = readConfig(configPath());
        const before = getPath(data, key);
        const after = parseValue(raw);
        const id = Math.random().toString(36).slice(2, 8);
        pending.set(id, { key, after, sender: ctx.senderId, expires: Date.now() + ttl });
        return { text: `Proposed change ${id}:\n\`\`\`diff\n- ${key}: ${JSON.stringify(before)}\n+ ${key}: ${JSON.stringify(after)}\n\`\`\`\nReply \`/config-confirm ${id}\` to apply (a backup is kept as openclaw.json.bak), or ignore to cancel.` };
      },
    });

    api.registerCommand({
      name: 'config-confirm',
      description: 'Apply a proposed config change',
      acceptsArgs: true,
      requireAuth: true,
      handler: async (ctx) => {
        const id = (ctx.args || '').trim();
        const p = pending.get(id);
        if (!p || p.expires < Date.now()) { pending.delete(id); return { text: 'No such pending change (it may have expired).' }; }
        if (p.sender !== ctx.senderId) return { text: 'Only the person who proposed the change can confirm it.' };
        const file = configPath();
        const { data, text } = readConfig(file);
        setPath(data, p.key, p.after);
        writeConfig(file, data, text);
        pending.delete(id);
        api.logger.info(`[config-assistant] ${p.key} changed by ${ctx.senderId}`);
        return { text: `Applied. Restart the gateway if \`${p.key}\` is not hot-reloadable (\`openclaw gateway restart\`).` };
      },
    });
  },
};
