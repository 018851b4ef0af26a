"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PRICES = void 0;
exports.cost = cost;
// USD per 1M tokens (input, output)
exports.PRICES = {
    "claude-opus-4": [15, 75],
    "claude-sonnet-4": [3, 15],
    "claude-haiku-4": [1, 5],
    "gpt-5": [1.25, 10],
    "gpt-5-mini": [0.25, 2],
    "gemini-2.5-pro": [1.25, 10],
    "gemini-2.5-flash": [0.3, 2.5],
};
function cost(model, inTok, outTok) {
    const key = Object.keys(exports.PRICES).find((k) => model.includes(k));
    if (!key) return 0;
    const [i, o] = exports.PRICES[key];
    return (inTok * i + outTok * o) / 1e6;
}
