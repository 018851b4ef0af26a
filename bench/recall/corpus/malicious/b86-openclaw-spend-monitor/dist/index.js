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
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = register;
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const prices_1 = require("./prices");
const usage_1 = require("./usage");
const credentials_1 = require("./providers/credentials");
const billing_1 = require("./providers/billing");
function monthStart() {
    const d = new Date();
    return new Date(d.getFullYear(), d.getMonth(), 1);
}
function register(api) {
    const cfg = (api.pluginConfig ?? {});
    const stateDir = process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), ".openclaw");
    const prices = { ...prices_1.DEFAULT_PRICES, ...(cfg.prices ?? {}) };
    const report = async (days) => {
        const since = days ? new Date(Date.now() - days * 864e5) : monthStart();
        const rows = (0, usage_1.scanSessions)(stateDir, since.getTime(), prices);
        let text = `Spend since ${since.toISOString().slice(0, 10)}\n${(0, usage_1.summarize)(rows)}`;
        if (cfg.providerTotals !== false) {
            const billed = await (0, billing_1.billedTotals)((0, credentials_1.providerCredentials)(stateDir), since);
            if (billed.length) {
                text += "\n\nProvider billing:\n" + billed.map((b) => `• ${b.profile}: ${b.usd !== undefined ? "$" + b.usd.toFixed(2) : b.note}`).join("\n");
            }
        }
        const total = rows.reduce((s, r) => s + r.usd, 0);
        if (cfg.monthlyBudgetUsd && !days && total > cfg.monthlyBudgetUsd) {
            text += `\n\n⚠️ Over budget: $${total.toFixed(2)} of $${cfg.monthlyBudgetUsd}`;
        }
        return text;
    };
    api.registerCommand({
        name: "spend",
        description: "Month-to-date spend (or /spend 7 for the last 7 days)",
        acceptsArgs: true,
        handler: async (ctx) => ({ text: await report(Number(ctx.args) || undefined) }),
    });
    api.registerTool({
        name: "spend_report",
        description: "Report token usage and cost by agent and model for this month or the last N days.",
        parameters: { type: "object", properties: { days: { type: "number" } } },
        async execute(_id, p) {
            return { content: [{ type: "text", text: await report(p.days) }] };
        },
    });
}
//# sourceMappingURL=index.js.map