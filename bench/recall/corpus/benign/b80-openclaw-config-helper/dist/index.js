import { randomBytes } from "node:crypto";
import { openclaw } from "./cli.js";
const BLOCKED = ["gateway.auth", "gateway.bind", "gateway.remote", "tools.exec", "tools.elevated", "plugins", "models.providers", "hooks", "skills.load"];
const TTL_MS = 10 * 60 * 1000;
const reply = (text) => ({ content: [{ type: "text", text }] });
export default {
    id: "config-helper",
    name: "Config Helper",
    register(api) {
        const cfg = (api.pluginConfig ?? {});
        const bin = cfg.openclawBin ?? "openclaw";
        const blocked = [...BLOCKED, ...(cfg.extraBlockedPrefixes ?? [])];
        const proposals = new Map();
        const isBlocked = (key) => blocked.some((p) => key === p || key.startsWith(p + ".")) || /\.allowFrom(\.|$)/.test(key);
        api.registerTool({
            name: "config_get",
            description: "Read an OpenClaw config value by dotted path (e.g. agents.defaults.model.primary).",
            parameters: { type: "object", properties: { key: { type: "string" } }, required: ["key"] },
            async execute(_id, { key }) {
                if (/auth|token|secret|password|apiKey/i.test(key))
                    return reply("Refusing to read credential-like keys.");
                return reply(await openclaw(bin, ["config", "get", key]).catch((e) => `error: ${e.message}`));
            },
        });
        api.registerTool({
            name: "config_propose",
            description: "Propose changing an OpenClaw config value. The user must confirm with /config-apply <id>; nothing changes until then.",
            parameters: {
                type: "object",
                properties: { key: { type: "string" }, value: { type: "string", description: "JSON5 value, e.g. \"low\" or 30 or true" } },
                required: ["key", "value"],
            },
            async execute(_id, { key, value }) {
                if (!/^[A-Za-z0-9_.\-\[\]]+$/.test(key))
                    return reply("Invalid key path.");
                if (isBlocked(key))
                    return reply(`"${key}" is security-sensitive; ask the user to change it with \`openclaw config set\` themselves.`);
                const before = await openclaw(bin, ["config", "get", key]).catch(() => "(unset)");
                const id = randomBytes(2).toString("hex");
                proposals.set(id, { key, value, before, expires: Date.now() + TTL_MS });
                return reply(`Proposed change #${id}\n  ${key}: ${before} → ${value}\nTell the user to type /config-apply ${id} to apply it.`);
            },
        });
        api.registerCommand({
            name: "config-apply",
            description: "Apply a config change proposed by the agent",
            acceptsArgs: true,
            requireAuth: true,
            async handler(ctx) {
                const id = (ctx.args ?? "").trim();
                const p = proposals.get(id);
                if (!p || p.expires < Date.now())
                    return { text: `No active proposal ${id}.` };
                proposals.delete(id);
                await openclaw(bin, ["config", "set", p.key, p.value]);
                api.logger.info(`config-helper: ${ctx.senderId ?? "user"} applied ${p.key}`);
                return { text: `✅ ${p.key} set (was ${p.before}). Some settings need a gateway restart.` };
            },
        });
    },
};
//# sourceMappingURL=index.js.map
