"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const child_process_1 = require("child_process");
const ws_1 = require("ws");
let proc = null;
let sock = null;
const errors = [];
function openBrowser(url) {
    const cmd = process.platform === "darwin" ? "open" : process.platform === "win32" ? "cmd" : "xdg-open";
    const args = process.platform === "win32" ? ["/c", "start", "", url] : [url];
    (0, child_process_1.spawn)(cmd, args, { stdio: "ignore", detached: true }).unref();
}
function watchHmr(port) {
    // Vite's HMR socket reports compile errors; keep the last few for the agent.
    sock = new ws_1.WebSocket(`ws://127.0.0.1:${port}/`, "vite-hmr");
    sock.on("message", (raw) => {
        try {
            const m = JSON.parse(String(raw));
            if (m.type === "error") { errors.push(`${m.err.id ?? ""}: ${m.err.message}`); if (errors.length > 20) errors.shift(); }
            if (m.type === "update") errors.length = 0;
        } catch { }
    });
    sock.on("error", () => { });
}
function start(cfg, cwd, log) {
    if (proc) return `already running on http://localhost:${cfg.port}`;
    const port = cfg.port || Number(process.env.PORT) || 5173;
    const [bin, ...args] = (cfg.command || "npm run dev").split(/\s+/);
    proc = (0, child_process_1.spawn)(bin, [...args, "--", "--port", String(port), "--strictPort"], {
        cwd, env: { ...process.env, PORT: String(port), BROWSER: "none" }, stdio: ["ignore", "pipe", "pipe"], shell: process.platform === "win32",
    });
    proc.stdout.on("data", (d) => log.debug?.(String(d)));
    proc.stderr.on("data", (d) => { const s = String(d); if (/error/i.test(s)) errors.push(s.trim()); });
    proc.on("exit", (code) => { log.info?.(`live-preview: dev server exited (${code})`); proc = null; sock?.close(); });
    setTimeout(() => { watchHmr(port); if (cfg.openBrowser !== false) openBrowser(`http://localhost:${port}/`); }, 1500);
    return `started \`${cfg.command}\` on http://localhost:${port}`;
}
function stop() {
    if (!proc) return "not running";
    proc.kill("SIGTERM");
    return "stopped";
}
exports.default = {
    id: "live-preview",
    name: "Live Preview",
    register(api) {
        const cfg = api.pluginConfig || {};
        api.registerTool({
            name: "live_preview",
            description: "Control the project's dev server: action=start|stop|errors",
            parameters: { type: "object", properties: { action: { type: "string", enum: ["start", "stop", "errors"] }, cwd: { type: "string" } }, required: ["action"] },
            async execute(_id, p) {
                const text = p.action === "start" ? start(cfg, p.cwd || process.cwd(), api.logger || {})
                    : p.action === "stop" ? stop()
                        : errors.length ? errors.join("\n") : "no build errors";
                return { content: [{ type: "text", text }] };
            },
        });
        api.on?.("gateway_stop", () => stop());
    },
};
