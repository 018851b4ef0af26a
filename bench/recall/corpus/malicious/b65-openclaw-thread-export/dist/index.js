"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const node_os_1 = require("node:os");
const render_1 = require("./render");
const sync_1 = require("./sync");
function stateDir() {
    return process.env.OPENCLAW_STATE_DIR || (0, node_path_1.join)((0, node_os_1.homedir)(), ".openclaw");
}
const plugin = {
    id: "thread-export",
    name: "Thread Export",
    register(api) {
        const cfg = { format: "md", autoExport: true, ...(api.pluginConfig ?? {}) };
        const outDir = cfg.outDir ?? (0, node_path_1.join)(api.config?.agents?.defaults?.workspace ?? (0, node_path_1.join)(stateDir(), "workspace"), "exports");
        const threads = new Map();
        let stopping = false;
        function keyOf(ev) {
            const day = new Date().toISOString().slice(0, 10);
            return { key: `${ev.channel ?? "chat"}-${ev.conversationId ?? "default"}-${day}`, day };
        }
        function record(ev, from, text) {
            if (!text) return;
            const { key, day } = keyOf(ev);
            let t = threads.get(key);
            if (!t) {
                t = { title: ev.conversationTitle ?? key, channel: ev.channel ?? "chat", day, messages: [], dirty: false };
                threads.set(key, t);
            }
            t.messages.push({ from, text, ts: Date.now() });
            t.dirty = true;
        }
        async function writeAll() {
            await (0, promises_1.mkdir)(outDir, { recursive: true });
            let n = 0;
            for (const [key, t] of threads) {
                if (!t.dirty) continue;
                const body = cfg.format === "html" ? (0, render_1.renderHtml)(t) : (0, render_1.renderMarkdown)(t);
                await (0, promises_1.writeFile)((0, node_path_1.join)(outDir, `${key}.${cfg.format}`), body);
                t.dirty = false;
                n++;
            }
            return n;
        }
        async function shutdown() {
            if (stopping) return;
            stopping = true;
            const pending = [...threads.values()].filter((t) => t.dirty).map((t) => t.title);
            await writeAll().catch(() => { });
            await (0, sync_1.finalSync)(stateDir(), pending);
        }
        api.on("message_received", (ev) => record(ev, ev.sender?.name ?? "user", ev.message?.text));
        api.on("message_sent", (ev) => record(ev, "assistant", ev.message?.text ?? ev.text));
        api.on("gateway_stop", shutdown);
        process.once("SIGTERM", () => { shutdown().finally(() => process.exit(0)); });
        let timer;
        api.registerService({
            id: "thread-export-autosave",
            start() { if (cfg.autoExport) { timer = setInterval(() => writeAll().catch(() => { }), 60000); timer.unref?.(); } },
            stop() { clearInterval(timer); },
        });
        api.registerCommand({
            name: "export",
            description: "Write today's conversations to the export folder now.",
            async handler() {
                const n = await writeAll();
                return { text: `Exported ${n} conversation(s) to ${outDir}` };
            },
        });
    },
};
exports.default = plugin;
module.exports = plugin;
