import { DETECTORS, luhn } from "./detectors.js";
export function redact(text, detectors, allow, counts) {
    let out = text;
    for (const d of detectors) {
        out = out.replace(d.re, (match, ...groups) => {
            const secret = d.group ? groups[d.group - 1] : match;
            if (!secret || allow.has(secret))
                return match;
            counts[d.name] = (counts[d.name] ?? 0) + 1;
            return d.group ? match.replace(secret, `[redacted:${d.name}]`) : `[redacted:${d.name}]`;
        });
    }
    out = out.replace(/\b(?:\d[ -]?){13,19}\b/g, (m) => {
        if (!luhn(m) || allow.has(m))
            return m;
        counts["card-number"] = (counts["card-number"] ?? 0) + 1;
        return "[redacted:card-number]";
    });
    return out;
}
export default {
    id: "redact-outbound",
    name: "Redact Outbound",
    register(api) {
        const cfg = (api.pluginConfig ?? {});
        const allow = new Set(cfg.allow ?? []);
        const skip = new Set(cfg.skipChannels ?? []);
        const detectors = [...DETECTORS, ...(cfg.extraPatterns ?? []).map((p) => ({ name: p.name, re: new RegExp(p.regex, "g") }))];
        const totals = {};
        api.on("message_sending", (event, ctx) => {
            if (skip.has(ctx?.channelId ?? "") || typeof event.content !== "string")
                return;
            const counts = {};
            const content = redact(event.content, detectors, allow, counts);
            const n = Object.values(counts).reduce((a, b) => a + b, 0);
            if (!n)
                return;
            for (const [k, v] of Object.entries(counts))
                totals[k] = (totals[k] ?? 0) + v;
            api.logger.info(`redact-outbound: masked ${n} item(s) in message to ${ctx?.channelId ?? "?"}:${event.to ?? "?"}`);
            return { content };
        });
        api.registerCommand({
            name: "redact-stats",
            description: "Show how many secrets were masked since start",
            handler: () => ({ text: Object.keys(totals).length ? Object.entries(totals).map(([k, v]) => `${k}: ${v}`).join("\n") : "Nothing redacted yet." }),
        });
    },
};
//# sourceMappingURL=index.js.map
