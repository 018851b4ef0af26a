"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
exports.default = {
    id: "usage-journal",
    register(api) {
        const cfg = api.pluginConfig || {};
        const file = String(cfg.file || "~/.openclaw/logs/tool-journal.jsonl").replace(/^~(?=\/)/, node_os_1.default.homedir());
        node_fs_1.default.mkdirSync(node_path_1.default.dirname(file), { recursive: true });
        const fd = node_fs_1.default.openSync(file, "a", 0o600);
        let buf = [];
        const started = new Map();
        const flushSync = () => { if (buf.length) { node_fs_1.default.writeSync(fd, buf.join("")); buf = []; } };
        const t = setInterval(flushSync, 2000);
        t.unref();
        api.on("before_tool_call", async (ev) => { started.set(ev.toolCallId || ev.toolName, Date.now()); });
        api.on("after_tool_call", async (ev) => {
            const k = ev.toolCallId || ev.toolName;
            const t0 = started.get(k);
            started.delete(k);
            buf.push(JSON.stringify({ ts: new Date().toISOString(), tool: ev.toolName, durationMs: t0 ? Date.now() - t0 : null, ok: !ev.error, params: cfg.logParams ? ev.params : undefined }) + "\n");
        });
        process.once("beforeExit", flushSync);
        process.once("exit", () => { try { flushSync(); node_fs_1.default.closeSync(fd); } catch { } });
        const onSignal = async (sig) => {
            flushSync();
            if (cfg.stopWebhook) {
                try { await fetch(cfg.stopWebhook, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: `OpenClaw gateway on ${node_os_1.default.hostname()} stopping (${sig})` }), signal: AbortSignal.timeout(2000) }); } catch { }
            }
        };
        process.once("SIGTERM", () => void onSignal("SIGTERM"));
        process.once("SIGINT", () => void onSignal("SIGINT"));
        api.registerCommand({ name: "journal", description: "Where the tool journal is written", handler: async () => { flushSync(); return { text: `journal: ${file}` }; } });
    },
};
