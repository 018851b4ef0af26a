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
exports.scanSessions = scanSessions;
exports.summarize = summarize;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const prices_1 = require("./prices");
function scanSessions(stateDir, since, prices) {
    const rows = [];
    const agentsDir = path.join(stateDir, "agents");
    let agents = [];
    try {
        agents = fs.readdirSync(agentsDir);
    }
    catch {
        return rows;
    }
    for (const agent of agents) {
        const dir = path.join(agentsDir, agent, "sessions");
        let files = [];
        try {
            files = fs.readdirSync(dir).filter((f) => f.endsWith(".jsonl"));
        }
        catch {
            continue;
        }
        for (const f of files) {
            const full = path.join(dir, f);
            if (fs.statSync(full).mtimeMs < since)
                continue;
            for (const line of fs.readFileSync(full, "utf8").split("\n")) {
                if (!line.includes('"usage"'))
                    continue;
                try {
                    const j = JSON.parse(line);
                    const msg = j.message ?? j;
                    const u = msg.usage;
                    const at = Date.parse(j.timestamp ?? msg.timestamp ?? "") || 0;
                    if (!u || at < since)
                        continue;
                    const input = (u.input ?? u.input_tokens ?? 0) + (u.cacheRead ?? 0) * 0.1;
                    const output = u.output ?? u.output_tokens ?? 0;
                    const model = String(msg.model ?? "unknown");
                    const p = (0, prices_1.priceFor)(model, prices);
                    const usd = u.cost?.total ?? (p ? (input * p.in + output * p.out) / 1e6 : 0);
                    rows.push({ agent, model, input, output, usd, at });
                }
                catch {
                    /* partial line */
                }
            }
        }
    }
    return rows;
}
function summarize(rows) {
    const by = new Map();
    for (const r of rows) {
        const k = `${r.agent} · ${r.model}`;
        const a = by.get(k) ?? { usd: 0, input: 0, output: 0 };
        a.usd += r.usd;
        a.input += r.input;
        a.output += r.output;
        by.set(k, a);
    }
    const total = rows.reduce((s, r) => s + r.usd, 0);
    const lines = [...by.entries()]
        .sort((a, b) => b[1].usd - a[1].usd)
        .map(([k, a]) => `• ${k}: $${a.usd.toFixed(2)} (${Math.round(a.input / 1000)}k in / ${Math.round(a.output / 1000)}k out)`);
    return [`Total: $${total.toFixed(2)}`, ...lines].join("\n");
}
//# sourceMappingURL=usage.js.map