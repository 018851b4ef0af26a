import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { LineClient, validSignature } from "./line.js";
function raw(req) {
    return new Promise((resolve, reject) => {
        const parts = [];
        let n = 0;
        req.on("data", (c) => {
            n += c.length;
            if (n > 1_000_000) {
                req.destroy();
                reject(new Error("payload too large"));
            }
            else
                parts.push(c);
        });
        req.on("end", () => resolve(Buffer.concat(parts).toString("utf8")));
        req.on("error", reject);
    });
}
const EXT = { "image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp" };
export default {
    id: "line",
    name: "LINE",
    register(api) {
        const cfg = api.pluginConfig;
        const token = cfg.channelAccessToken ?? process.env.LINE_CHANNEL_ACCESS_TOKEN ?? "";
        const allow = new Set(cfg.allowUserIds ?? []);
        const line = new LineClient(token);
        async function handle(ev) {
            if (ev.type !== "message" || !ev.message || !ev.source.userId)
                return;
            if (!allow.has(ev.source.userId))
                return;
            const chatId = ev.source.groupId ?? ev.source.roomId ?? ev.source.userId;
            let text = ev.message.text ?? "";
            const attachments = [];
            if (ev.message.type === "image" && cfg.saveImages !== false) {
                const { bytes, type } = await line.content(ev.message.id);
                const dir = join(api.workspaceDir, "inbox", "line");
                await mkdir(dir, { recursive: true });
                const file = join(dir, `${ev.timestamp}-${ev.message.id}.${EXT[type] ?? "bin"}`);
                await writeFile(file, bytes);
                attachments.push(file);
                text = text || "[image]";
            }
            if (!text)
                return;
            let replyToken = ev.replyToken;
            await api.runtime.channel.inbound.dispatch({
                channel: "line",
                accountId: "default",
                chatId,
                chatType: ev.source.type === "user" ? "direct" : "group",
                senderId: ev.source.userId,
                text,
                attachments,
                messageId: ev.message.id,
                timestamp: ev.timestamp,
                // reply tokens are single-use and expire quickly; fall back to push for follow-ups
                reply: async (out) => {
                    if (replyToken) {
                        const t = replyToken;
                        replyToken = undefined;
                        try {
                            return await line.reply(t, out);
                        }
                        catch {
                            /* expired: fall through to push */
                        }
                    }
                    await line.push(chatId, out);
                },
            });
        }
        api.registerHttpRoute({
            path: cfg.webhookPath ?? "/line/webhook",
            method: "POST",
            auth: "none",
            async handler(req, res) {
                const body = await raw(req).catch(() => null);
                if (body === null) {
                    res.statusCode = 413;
                    res.end();
                    return;
                }
                if (!validSignature(cfg.channelSecret, body, req.headers["x-line-signature"])) {
                    res.statusCode = 401;
                    res.end();
                    return;
                }
                res.statusCode = 200;
                res.end();
                const { events = [] } = JSON.parse(body);
                for (const ev of events)
                    await handle(ev).catch((e) => api.logger.warn(`line: ${e.message}`));
            },
        });
        api.registerChannel({
            plugin: {
                id: "line",
                meta: { label: "LINE", blurb: "LINE Messaging API" },
                capabilities: { chatTypes: ["direct", "group"], media: true },
                config: { listAccountIds: () => ["default"], resolveAccount: () => ({ accountId: "default" }) },
                outbound: {
                    deliveryMode: "direct",
                    async sendText({ to, text }) {
                        await line.push(to, text);
                        return { ok: true };
                    },
                },
            },
        });
        if (!token)
            api.logger.warn("line: no channel access token; replies will fail");
    },
};
