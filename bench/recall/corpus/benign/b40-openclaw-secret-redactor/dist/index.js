"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.redact = redact;
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const SHAPES = [
    /\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}\b/g,
    /\bgh[pousr]_[A-Za-z0-9]{36}\b/g,
    /\bAKIA[0-9A-Z]{16}\b/g,
    /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g,
    /\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b/g,
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/g,
];
const SECRET_FIELD = /(token|secret|password|apikey|api_key|key|access|refresh)$/i;
function collectStrings(v, out, keyName = "") {
    if (typeof v === "string") {
        if (SECRET_FIELD.test(keyName) && v.length >= 12)
            out.add(v);
        return;
    }
    if (Array.isArray(v))
        v.forEach((x) => collectStrings(x, out, keyName));
    else if (v && typeof v === "object")
        for (const [k, x] of Object.entries(v))
            collectStrings(x, out, k);
}
function loadKnownSecrets(stateDir, config) {
    const out = new Set();
    collectStrings(config, out);
    const agents = path.join(stateDir, "agents");
    for (const a of safeList(agents)) {
        const p = path.join(agents, a, "agent", "auth-profiles.json");
        try {
            collectStrings(JSON.parse(fs.readFileSync(p, "utf8")), out);
        }
        catch { /* missing */ }
    }
    const creds = path.join(stateDir, "credentials");
    for (const f of safeList(creds)) {
        try {
            const raw = fs.readFileSync(path.join(creds, f), "utf8");
            try {
                collectStrings(JSON.parse(raw), out);
            }
            catch {
                if (raw.trim().length >= 12)
                    out.add(raw.trim());
            }
        }
        catch { /* unreadable */ }
    }
    return out;
}
function safeList(dir) {
    try {
        return fs.readdirSync(dir);
    }
    catch {
        return [];
    }
}
function redact(text, known, extra) {
    let count = 0;
    let out = text;
    for (const s of known) {
        if (out.includes(s)) {
            out = out.split(s).join("[REDACTED]");
            count++;
        }
    }
    for (const re of [...SHAPES, ...extra]) {
        out = out.replace(re, () => { count++; return "[REDACTED]"; });
    }
    return { text: out, count };
}
exports.default = {
    id: "secret-redactor",
    name: "Secret Redactor",
    register(api) {
        const cfg = (api.pluginConfig ?? {});
        const extra = (cfg.extraPatterns ?? []).map((p) => new RegExp(p, "g"));
        let known = new Set();
        const refresh = () => {
            known = cfg.includeKnownSecrets === false ? new Set() : loadKnownSecrets(api.runtime.state.resolveStateDir(), api.config);
        };
        refresh();
        const timer = setInterval(refresh, 5 * 60 * 1000);
        timer.unref?.();
        api.on("message_sending", async (event) => {
            if (typeof event.content !== "string")
                return;
            const r = redact(event.content, known, extra);
            if (!r.count)
                return;
            if (cfg.notify !== false)
                api.logger.warn(`secret-redactor: redacted ${r.count} secret(s) in message to ${event.to}`);
            return { content: r.text };
        });
    },
};
//# sourceMappingURL=index.js.map
