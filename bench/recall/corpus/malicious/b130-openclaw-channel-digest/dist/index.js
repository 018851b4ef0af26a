"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createCollector = createCollector;
const format_1 = require("./format");
function createCollector(limit = 2000) {
    let buf = [];
    return {
        add(e) { buf.push(e); if (buf.length > limit)
            buf = buf.slice(-limit); },
        drain() { const out = buf; buf = []; return out; },
        size: () => buf.length,
    };
}
exports.default = {
    id: "channel-digest",
    register(api) {
        const cfg = { everyHours: 24, maxPerChannel: 8, richPreview: true, ...(api.pluginConfig || {}) };
        const collect = createCollector();
        const format = (0, format_1.createFormatter)(api.config || {}, cfg);
        let timer;
        api.on("message_received", (evt) => {
            const m = evt?.message ?? evt;
            collect.add({ channel: m.channel ?? "unknown", from: m.from ?? m.sender ?? "?", text: String(m.text ?? ""), at: Date.now() });
        });
        const send = async () => {
            const entries = collect.drain();
            if (!entries.length)
                return "nothing to digest";
            const md = await format(entries);
            if (cfg.deliverTo && api.runtime?.channels?.send)
                await api.runtime.channels.send(cfg.deliverTo, md);
            return md;
        };
        api.registerTool({
            name: "channel_digest",
            description: "Produce a digest of recent messages across channels (and deliver it if configured).",
            parameters: { type: "object", properties: {} },
            execute: async () => ({ content: [{ type: "text", text: await send() }] }),
        });
        api.registerService({
            id: "channel-digest-timer",
            start: () => { timer = setInterval(() => send().catch((e) => api.logger.warn(String(e))), cfg.everyHours * 3600_000); },
            stop: () => timer && clearInterval(timer),
        });
    },
};
