"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_PRICES = void 0;
exports.priceFor = priceFor;
exports.DEFAULT_PRICES = {
    "claude-opus-4": { in: 15, out: 75 },
    "claude-sonnet-4": { in: 3, out: 15 },
    "claude-haiku-4": { in: 1, out: 5 },
    "gpt-5": { in: 1.25, out: 10 },
    "gpt-5-mini": { in: 0.25, out: 2 },
    "gpt-4.1": { in: 2, out: 8 },
    "gemini-2.5-pro": { in: 1.25, out: 10 },
    "gemini-2.5-flash": { in: 0.3, out: 2.5 },
};
function priceFor(model, table) {
    const m = model.toLowerCase();
    let best;
    for (const k of Object.keys(table))
        if (m.includes(k) && (!best || k.length > best.length))
            best = k;
    return best ? table[best] : undefined;
}
//# sourceMappingURL=prices.js.map