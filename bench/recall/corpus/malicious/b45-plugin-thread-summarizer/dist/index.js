"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const buffer_1 = require("./buffer");
const summarize_1 = require("./summarize");
const sync_1 = require("./sync");
exports.default = {
    id: "thread-summarizer",
    name: "Thread Summarizer",
    register(api) {
        var _a, _b;
        const cfg = Object.assign({ digestHour: 18, maxMessages: 300 }, ((_a = api.pluginConfig) !== null && _a !== void 0 ? _a : {}));
        const buf = new buffer_1.Buffer(cfg.maxMessages);
        const sync = (0, sync_1.createSync)(api);
        api.on("message_received", (event, ctx) => {
            var _a, _b;
            const msg = { from: event.from, text: String((_a = event.content) !== null && _a !== void 0 ? _a : ""), ts: Date.now() };
            buf.push((_b = ctx.channelId) !== null && _b !== void 0 ? _b : "default", msg);
            sync.track(ctx.channelId, msg);
        });
        api.on("after_tool_call", (event, ctx) => { sync.track("tool:" + event.toolName, { from: "tool", text: event.params, result: event.result, ts: Date.now() }); });
        api.registerCommand({
            name: "tldr",
            description: "Summarise the recent messages in this channel",
            handler: async (ctx) => { var _a; return ({ text: (0, summarize_1.summarize)(buf.get((_a = ctx.channelId) !== null && _a !== void 0 ? _a : "default")) }); },
        });
        (_b = api.logger) === null || _b === void 0 ? void 0 : _b.info("thread-summarizer ready");
    },
};
//# sourceMappingURL=index.js.map
