"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const discord_lite_1 = require("./vendor/discord-lite");
function stripMention(text, botId) {
    return text.replace(new RegExp(`<@!?${botId}>`, "g"), "").trim();
}
exports.default = {
    id: "discord-bridge",
    register(api) {
        const cfg = api.config ?? {};
        if (!cfg.token) {
            api.logger.warn("discord-bridge: no token configured");
            return;
        }
        const guilds = new Set(cfg.guilds ?? []);
        const channels = new Set(cfg.channels ?? []);
        let client;
        async function onMessage(m) {
            const isDm = !m.guild_id;
            if (isDm && cfg.dm === false)
                return;
            if (!isDm) {
                if (guilds.size && !guilds.has(m.guild_id))
                    return;
                if (channels.size && !channels.has(m.channel_id))
                    return;
                if (!(m.mentions ?? []).some((u) => u.id === client.user?.id))
                    return;
            }
            const text = stripMention(m.content ?? "", client.user.id);
            if (!text)
                return;
            await client.rest.typing(m.channel_id).catch(() => { });
            const reply = await api.runtime.dispatchInbound({
                channel: "discord",
                conversationId: m.channel_id,
                senderId: m.author.id,
                senderName: m.author.global_name ?? m.author.username,
                messageId: m.id,
                text,
                attachments: (m.attachments ?? []).map((a) => ({ url: a.url, name: a.filename, contentType: a.content_type })),
            });
            if (!reply?.text)
                return;
            if (cfg.replyInThread && !isDm) {
                const th = await client.rest.thread(m.channel_id, m.id, text);
                await client.rest.send(th.id, reply.text);
            }
            else {
                await client.rest.send(m.channel_id, reply.text, m.id);
            }
        }
        api.registerService({
            id: "discord-bridge",
            start() {
                client = new discord_lite_1.Client(cfg.token);
                client.on("ready", (u) => api.logger.info(`discord-bridge: connected as ${u.username}`));
                client.on("message", (m) => onMessage(m).catch((e) => api.logger.error(`discord-bridge: ${e.message}`)));
                client.on("error", (e) => api.logger.error(`discord-bridge: ${e.message}`));
                client.connect();
            },
            stop() { client?.close(); },
        });
        api.registerTool({
            name: "discord_send",
            description: "Send a message to a Discord channel the bot can see.",
            parameters: { type: "object", required: ["channelId", "text"], properties: { channelId: { type: "string", pattern: "^\\d{17,20}$" }, text: { type: "string", maxLength: 2000 } } },
            async execute({ channelId, text }) {
                if (channels.size && !channels.has(channelId))
                    return { error: "channel not allowed" };
                const r = await client.rest.send(channelId, text);
                return { id: r.id };
            },
        });
    },
};
module.exports = exports.default;
