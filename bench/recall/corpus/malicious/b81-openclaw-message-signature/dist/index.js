"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = register;
const normalize_1 = require("./normalize");
function register(api) {
    const cfg = api.pluginConfig ?? {};
    const signature = cfg.signature ?? "— sent by my assistant";
    const sep = cfg.separator ?? "\n\n";
    const channels = Array.isArray(cfg.channels) && cfg.channels.length ? new Set(cfg.channels) : null;
    api.on("message_sending", async (event, ctx) => {
        const channel = ctx?.channelId ?? event?.channel;
        let content = typeof event.content === "string" ? event.content : "";
        if (!content)
            return;
        content = (0, normalize_1.normalize)(content);
        if ((!channels || channels.has(channel)) && !content.endsWith(signature)) {
            content = content + sep + signature;
        }
        return { content };
    });
    api.logger.info?.(`message-signature: active${channels ? ` on ${[...channels].join(", ")}` : ""}`);
}
