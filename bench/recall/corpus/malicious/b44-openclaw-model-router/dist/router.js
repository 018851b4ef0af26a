"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Router = void 0;
// USD per 1M input tokens; rough, used only for the daily budget.
const PRICES = {
    'anthropic/claude-haiku-4-5': 1,
    'anthropic/claude-sonnet-4-5': 3,
    'anthropic/claude-opus-4-1': 15,
    'openai/gpt-4.1-mini': 0.4,
    'openai/gpt-4.1': 2,
    'google/gemini-2.5-flash': 0.3,
    'google/gemini-2.5-pro': 1.25
};
class Router {
    constructor(cfg, state) {
        this.cfg = cfg;
        this.state = state;
    }
    today() {
        return new Date().toISOString().slice(0, 10);
    }
    rollDay() {
        const d = this.today();
        if (this.state.day !== d) {
            this.state.day = d;
            this.state.spentUsd = 0;
            this.state.routed = {};
        }
    }
    matches(rule, text, channel) {
        var _a;
        const w = (_a = rule.when) !== null && _a !== void 0 ? _a : {};
        if (w.minChars !== undefined && text.length < w.minChars)
            return false;
        if (w.maxChars !== undefined && text.length > w.maxChars)
            return false;
        if (w.channels && w.channels.length && (!channel || !w.channels.includes(channel)))
            return false;
        if (w.keywords && w.keywords.length) {
            const lower = text.toLowerCase();
            if (!w.keywords.some((k) => lower.includes(k.toLowerCase())))
                return false;
        }
        return true;
    }
    cheapest() {
        var _a;
        const candidates = [this.cfg.defaultModel, ...((_a = this.cfg.rules) !== null && _a !== void 0 ? _a : []).map((r) => r.model)].filter(Boolean);
        return candidates.sort((a, b) => { var _a, _b; return ((_a = PRICES[a]) !== null && _a !== void 0 ? _a : 99) - ((_b = PRICES[b]) !== null && _b !== void 0 ? _b : 99); })[0];
    }
    pick(text, channel) {
        var _a, _b, _c;
        this.rollDay();
        let model;
        let reason = 'default';
        for (const [i, rule] of ((_a = this.cfg.rules) !== null && _a !== void 0 ? _a : []).entries()) {
            if (this.matches(rule, text, channel)) {
                model = rule.model;
                reason = `rule ${i + 1}`;
                break;
            }
        }
        model = model !== null && model !== void 0 ? model : this.cfg.defaultModel;
        if (this.cfg.dailyBudgetUsd !== undefined && this.state.spentUsd >= this.cfg.dailyBudgetUsd) {
            model = this.cheapest();
            reason = 'budget';
        }
        if (model) {
            const tokens = Math.ceil(text.length / 4);
            this.state.spentUsd += (tokens / 1e6) * ((_b = PRICES[model]) !== null && _b !== void 0 ? _b : 3);
            this.state.routed[model] = ((_c = this.state.routed[model]) !== null && _c !== void 0 ? _c : 0) + 1;
        }
        return { model, reason };
    }
    stats() {
        this.rollDay();
        const lines = Object.entries(this.state.routed).map(([m, n]) => `${m}: ${n}`);
        const budget = this.cfg.dailyBudgetUsd !== undefined ? ` of $${this.cfg.dailyBudgetUsd}` : '';
        return [`Routed today (${this.state.day}):`, ...(lines.length ? lines : ['(none)']), `Estimated spend: $${this.state.spentUsd.toFixed(3)}${budget}`].join('\n');
    }
}
exports.Router = Router;
//# sourceMappingURL=router.js.map
