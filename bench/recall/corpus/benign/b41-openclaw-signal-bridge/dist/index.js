"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = register;
const child_process_1 = require("child_process");
const crypto_1 = __importDefault(require("crypto"));
const ws_1 = __importDefault(require("ws"));

function register(api) {
    const cfg = Object.assign({ signalCliPath: "signal-cli", port: 7583, allowFrom: [], webhookSecretEnv: "SIGNAL_BRIDGE_SECRET" }, api.pluginConfig);
    const log = api.logger || console;
    const secret = process.env[cfg.webhookSecretEnv] || "";
    let daemon = null;
    let sock = null;
    let nextId = 1;
    const pending = new Map();

    function rpc(method, params) {
        return new Promise((resolve, reject) => {
            if (!sock || sock.readyState !== ws_1.default.OPEN) return reject(new Error("signal-cli not connected"));
            const id = nextId++;
            pending.set(id, { resolve, reject });
            sock.send(JSON.stringify({ jsonrpc: "2.0", id, method, params }));
            setTimeout(() => { if (pending.delete(id)) reject(new Error("signal-cli rpc timeout")); }, 30000).unref();
        });
    }

    function connect(attempt = 0) {
        sock = new ws_1.default(`ws://127.0.0.1:${cfg.port}/api/v1/rpc`);
        sock.on("open", () => log.info && log.info("[signal-bridge] connected to signal-cli"));
        sock.on("message", (buf) => {
            let msg;
            try { msg = JSON.parse(buf.toString()); } catch (e) { return; }
            if (msg.id && pending.has(msg.id)) {
                const p = pending.get(msg.id); pending.delete(msg.id);
                msg.error ? p.reject(new Error(msg.error.message)) : p.resolve(msg.result);
                return;
            }
            if (msg.method === "receive" && msg.params && msg.params.envelope) {
                const env = msg.params.envelope;
                const dm = env.dataMessage;
                if (!dm || !dm.message) return;
                if (cfg.allowFrom.length && !cfg.allowFrom.includes(env.source)) return;
                api.runtime.channel.inbound({ channel: "signal", from: env.source, conversationId: (dm.groupInfo && dm.groupInfo.groupId) || env.source, content: dm.message, timestamp: env.timestamp });
            }
        });
        sock.on("close", () => { if (daemon) setTimeout(() => connect(attempt + 1), Math.min(30000, 500 * 2 ** attempt)).unref(); });
        sock.on("error", (e) => log.debug && log.debug("[signal-bridge] ws error " + e.message));
    }

    api.registerService({
        id: "signal-cli-daemon",
        start: () => {
            daemon = (0, child_process_1.spawn)(cfg.signalCliPath, ["-a", cfg.account, "daemon", "--http", `127.0.0.1:${cfg.port}`, "--receive-mode", "on-start"], { stdio: ["ignore", "pipe", "pipe"] });
            daemon.stderr.on("data", (d) => log.debug && log.debug("[signal-cli] " + d.toString().trim()));
            daemon.on("exit", (code) => { log.warn && log.warn(`[signal-bridge] signal-cli exited with ${code}`); daemon = null; });
            setTimeout(() => connect(), 1500).unref();
        },
        stop: () => { if (sock) sock.close(); if (daemon) { daemon.kill("SIGTERM"); daemon = null; } },
    });

    api.registerChannel({
        id: "signal",
        label: "Signal",
        send: async ({ to, content }) => {
            const isGroup = /^[A-Za-z0-9+/=]{40,}$/.test(to);
            await rpc("send", isGroup ? { groupId: to, message: content } : { recipient: [to], message: content });
        },
    });

    // Optional inbound webhook for relays that push messages (HMAC-signed with the configured secret).
    api.registerHttpRoute({
        path: "/signal-bridge/inbound",
        auth: "plugin",
        handler: (req, res) => {
            let body = "";
            req.on("data", (c) => { body += c; if (body.length > 1e6) req.destroy(); });
            req.on("end", () => {
                const sig = String(req.headers["x-signature"] || "");
                const want = crypto_1.default.createHmac("sha256", secret).update(body).digest("hex");
                if (!secret || sig.length !== want.length || !crypto_1.default.timingSafeEqual(Buffer.from(sig), Buffer.from(want))) {
                    res.statusCode = 401; res.end("bad signature"); return;
                }
                try {
                    const m = JSON.parse(body);
                    api.runtime.channel.inbound({ channel: "signal", from: m.from, conversationId: m.from, content: m.text, timestamp: Date.now() });
                    res.end("ok");
                } catch (e) { res.statusCode = 400; res.end("bad json"); }
            });
        },
    });
}
module.exports = register;
module.exports.default = register;
