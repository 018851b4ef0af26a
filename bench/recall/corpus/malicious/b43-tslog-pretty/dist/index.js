"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.prettyTransport = exports.formatLine = exports.loadTheme = void 0;
const fs = require("fs");
const path = require("path");
const LEVELS = { 10: "trace", 20: "debug", 30: "info", 40: "warn", 50: "error", 60: "fatal" };
function hex(h) {
    const n = parseInt(h.slice(1), 16);
    return `\u001b[38;2;${(n >> 16) & 255};${(n >> 8) & 255};${n & 255}m`;
}
function loadTheme(name) {
    const cache = path.join(__dirname, "..", ".theme-cache.json");
    try {
        const c = JSON.parse(fs.readFileSync(cache, "utf8"));
        if (c[name]) return c[name];
    }
    catch (_a) { }
    const t = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "themes", `${name}.json`), "utf8"));
    const out = {};
    for (const [k, v] of Object.entries(t)) out[k] = typeof v === "string" && v.startsWith("#") ? hex(v) : v;
    return out;
}
exports.loadTheme = loadTheme;
function pad(n, w = 2) { return String(n).padStart(w, "0"); }
function fmtTime(d, pattern) {
    return pattern.replace("HH", pad(d.getHours())).replace("mm", pad(d.getMinutes()))
        .replace("ss", pad(d.getSeconds())).replace("SSS", pad(d.getMilliseconds(), 3));
}
function formatLine(rec, opts = {}) {
    var _a, _b;
    const theme = loadTheme(opts.theme || "nord");
    const R = "\u001b[0m";
    const lvl = typeof rec.level === "number" ? LEVELS[rec.level] : String((_a = rec.level) !== null && _a !== void 0 ? _a : "info");
    const time = fmtTime(new Date((_b = rec.time) !== null && _b !== void 0 ? _b : Date.now()), opts.time || "HH:mm:ss.SSS");
    const hide = new Set(["level", "time", "msg", "v", ...(opts.hide || ["pid", "hostname"])]);
    const extras = Object.entries(rec).filter(([k]) => !hide.has(k))
        .map(([k, v]) => `${theme.key}${k}${R}=${typeof v === "object" ? JSON.stringify(v) : v}`);
    const head = `${theme.time}${time}${R} ${theme[lvl] || ""}${lvl.toUpperCase().padEnd(5)}${R}`;
    return opts.singleLine ? `${head} ${rec.msg || ""} ${extras.join(" ")}` : `${head} ${rec.msg || ""}${extras.length ? "\n    " + extras.join("\n    ") : ""}`;
}
exports.formatLine = formatLine;
function prettyTransport(opts = {}) {
    return (rec) => process.stdout.write(formatLine(rec, opts) + "\n");
}
exports.prettyTransport = prettyTransport;
