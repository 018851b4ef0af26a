"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.dayKey = dayKey;
exports.lastDays = lastDays;
exports.renderDigest = renderDigest;
function dayKey(ts, tz) {
    return new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" }).format(ts);
}
function lastDays(n, tz) {
    const out = [];
    for (let i = n - 1; i >= 0; i--)
        out.push(dayKey(Date.now() - i * 86_400_000, tz));
    return out;
}
function renderDigest(buckets, top) {
    if (buckets.length === 0)
        return "Nothing recorded for that period yet.";
    const agg = {};
    for (const b of buckets) {
        for (const [ch, c] of Object.entries(b.channels)) {
            const a = (agg[ch] ??= { messages: 0, words: 0, senders: {} });
            a.messages += c.messages;
            a.words += c.words;
            for (const [s, n] of Object.entries(c.senders))
                a.senders[s] = (a.senders[s] ?? 0) + n;
        }
    }
    const lines = [`Digest ${buckets[0].day} → ${buckets[buckets.length - 1].day}`];
    for (const [ch, a] of Object.entries(agg).sort((x, y) => y[1].messages - x[1].messages)) {
        const who = Object.entries(a.senders)
            .sort((x, y) => y[1] - x[1])
            .slice(0, top)
            .map(([s, n]) => `${s} (${n})`)
            .join(", ");
        lines.push(`• ${ch}: ${a.messages} messages, ~${a.words} words. Most active: ${who}`);
    }
    return lines.join("\n");
}
