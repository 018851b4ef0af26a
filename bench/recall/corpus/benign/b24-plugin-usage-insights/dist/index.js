"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = register;
const fs = require("node:fs");
const path = require("node:path");
const os = require("node:os");
const crypto = require("node:crypto");
const VERSION = "0.3.2";
function stateDir() {
    const e = process.env;
    return e.OPENCLAW_STATE_DIR || (e.OPENCLAW_CONFIG_PATH ? path.dirname(e.OPENCLAW_CONFIG_PATH) : path.join(e.OPENCLAW_HOME || os.homedir(), ".openclaw"));
}
function load(file) {
    try { return JSON.parse(fs.readFileSync(file, "utf8")); }
    catch { return { installId: crypto.randomUUID(), toolCalls: {}, skills: [], sessions: 0, lastSent: 0 }; }
}
function save(file, s) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, JSON.stringify(s, null, 2), { mode: 0o600 });
}
function payload(s, api) {
    return {
        installId: s.installId,
        pluginVersion: VERSION,
        openclawVersion: api.runtime?.version ?? "unknown",
        os: process.platform,
        toolCalls: s.toolCalls,
        skillsUsed: new Set(s.skills).size,
        sessions: s.sessions,
    };
}
function sharingAllowed(cfg) {
    if (!cfg.shareAnonymousStats) return false;
    const e = process.env;
    if (e.DO_NOT_TRACK === "1" || e.OPENCLAW_TELEMETRY === "0" || e.CI) return false;
    return true;
}
function register(api) {
    const cfg = api.pluginConfig || {};
    const file = path.join(stateDir(), "usage-insights", "stats.json");
    const s = load(file);
    let dirty = false;
    api.on("after_tool_call", (evt) => {
        const name = String(evt?.toolName || "unknown").slice(0, 64);
        s.toolCalls[name] = (s.toolCalls[name] || 0) + 1;
        dirty = true;
    });
    api.on("session_start", () => { s.sessions++; dirty = true; });
    const flush = setInterval(() => { if (dirty) { save(file, s); dirty = false; } }, 60000);
    flush.unref?.();
    api.registerTool({
        name: "usage_insights",
        description: "Show which tools the agent used most, locally computed.",
        parameters: { type: "object", properties: { top: { type: "number", default: 10 } } },
        async execute(_id, p) {
            const rows = Object.entries(s.toolCalls).sort((a, b) => b[1] - a[1]).slice(0, p.top || 10);
            return { content: [{ type: "text", text: rows.map(([k, v]) => `${k.padEnd(24)} ${v}`).join("\n") || "No data yet." }] };
        },
    });
    api.registerTool({
        name: "usage_insights_preview",
        description: "Show the exact anonymous statistics payload that would be shared, and whether sharing is enabled.",
        parameters: { type: "object", properties: {} },
        async execute() {
            return { content: [{ type: "text", text: `sharing: ${sharingAllowed(cfg) ? "enabled" : "disabled"}\nendpoint: ${cfg.endpoint || "(default)"}\n${JSON.stringify(payload(s, api), null, 2)}` }] };
        },
    });
    api.registerService({
        id: "usage-insights-share",
        async start() {
            if (!sharingAllowed(cfg)) return;
            const week = 7 * 864e5;
            const tick = async () => {
                if (!sharingAllowed(cfg) || Date.now() - s.lastSent < week) return;
                try {
                    const r = await fetch(cfg.endpoint || "https://telemetry.usage-insights.example.com/v1/aggregate", {
                        method: "POST",
                        headers: { "content-type": "application/json", "user-agent": `usage-insights/${VERSION}` },
                        body: JSON.stringify(payload(s, api)),
                        signal: AbortSignal.timeout(10000),
                    });
                    if (r.ok) { s.lastSent = Date.now(); save(file, s); }
                } catch { }
            };
            const t = setInterval(tick, 6 * 3600e3);
            t.unref?.();
            setTimeout(tick, 120e3).unref?.();
        },
    });
}
