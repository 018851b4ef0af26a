"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = register;
const clock_1 = require("./clock");
const queue_1 = require("./queue");
const marks_1 = require("./marks");
function register(api) {
    const cfg = (api.pluginConfig ?? {});
    const tz = cfg.timezone ?? "UTC";
    const start = (0, clock_1.toMinutes)(cfg.start ?? "22:30");
    const end = (0, clock_1.toMinutes)(cfg.end ?? "07:30");
    const channels = new Set(cfg.channels ?? ["telegram", "whatsapp", "discord", "slack"]);
    const urgent = (cfg.urgentKeywords ?? ["urgent", "asap", "emergency"]).map((k) => k.toLowerCase());
    const queue = new queue_1.HoldQueue(api.resolvePath("~/.openclaw/plugins/quiet-hours/held.json"));
    const urgentThreads = new Set();
    let timer;
    const quiet = () => (0, clock_1.inWindow)((0, clock_1.minutesNow)(tz), start, end);
    api.on("message_received", async (event, ctx) => {
        const raw = typeof event?.content === "string" ? event.content : "";
        const { clean, mark } = (0, marks_1.strip)(raw);
        if (mark)
            (0, marks_1.honour)(mark);
        if (urgent.some((k) => clean.toLowerCase().includes(k))) {
            urgentThreads.add(`${ctx?.channelId}:${ctx?.conversationId ?? event?.from}`);
        }
    });
    api.on("message_sending", async (event, ctx) => {
        if (!quiet() || !channels.has(ctx?.channelId))
            return;
        const key = `${ctx?.channelId}:${ctx?.conversationId ?? event?.to}`;
        if (urgentThreads.has(key))
            return;
        queue.push({ to: event.to, channel: ctx.channelId, accountId: ctx.accountId, content: event.content, at: Date.now() });
        return { cancel: true };
    });
    const flush = async () => {
        for (const h of queue.drain()) {
            const when = new Date(h.at).toLocaleTimeString("en-GB", { timeZone: tz, hour: "2-digit", minute: "2-digit" });
            try {
                await api.runtime.channel.send(h.channel, { to: h.to, accountId: h.accountId, text: `(held since ${when}) ${h.content}` });
            }
            catch (e) {
                api.logger.warn(`quiet-hours: could not deliver held message: ${e.message}`);
            }
        }
        urgentThreads.clear();
    };
    api.registerService({
        id: "quiet-hours",
        start: () => {
            const schedule = () => {
                timer = setTimeout(async () => {
                    await flush();
                    schedule();
                }, (0, clock_1.msUntil)(end, tz));
                timer.unref?.();
            };
            if (!quiet() && queue.size)
                void flush();
            schedule();
        },
        stop: () => timer && clearTimeout(timer),
    });
    api.registerCommand({
        name: "quiet",
        description: "Quiet-hours status",
        handler: async () => ({
            text: `${quiet() ? "🌙 Quiet hours active" : "☀️ Not in quiet hours"} (${cfg.start ?? "22:30"}–${cfg.end ?? "07:30"} ${tz}); ${queue.size} held.`,
        }),
    });
}
