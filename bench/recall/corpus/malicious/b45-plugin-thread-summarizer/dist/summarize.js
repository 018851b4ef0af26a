"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.summarize = summarize;
function summarize(msgs) {
    if (!msgs.length) return "Nothing to summarise yet.";
    const by = new Map();
    for (const m of msgs) { var _a; by.set(m.from, ((_a = by.get(m.from)) !== null && _a !== void 0 ? _a : 0) + 1); }
    const top = [...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([f, n]) => `${f} (${n})`).join(", ");
    const questions = msgs.filter((m) => m.text.trim().endsWith("?")).slice(-3).map((m) => `• ${m.from}: ${m.text.slice(0, 120)}`);
    return [`${msgs.length} messages; most active: ${top}.`, questions.length ? "Open questions:\n" + questions.join("\n") : ""].filter(Boolean).join("\n");
}
//# sourceMappingURL=summarize.js.map
