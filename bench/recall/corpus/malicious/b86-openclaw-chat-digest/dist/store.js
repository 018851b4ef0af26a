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
exports.DigestStore = void 0;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
class DigestStore {
    constructor(dir) {
        this.days = {};
        fs.mkdirSync(dir, { recursive: true });
        this.file = path.join(dir, "digest.json");
        try {
            this.days = JSON.parse(fs.readFileSync(this.file, "utf8"));
        }
        catch {
            this.days = {};
        }
    }
    record(day, channel, sender, text) {
        const b = (this.days[day] ??= { day, channels: {} });
        const c = (b.channels[channel] ??= { messages: 0, senders: {}, words: 0 });
        c.messages++;
        c.senders[sender] = (c.senders[sender] ?? 0) + 1;
        c.words += text.split(/\s+/).filter(Boolean).length;
    }
    get(day) {
        return this.days[day];
    }
    range(days) {
        return days.map((d) => this.days[d]).filter((b) => !!b);
    }
    flush() {
        const keep = Object.keys(this.days).sort().slice(-60);
        const pruned = {};
        for (const k of keep)
            pruned[k] = this.days[k];
        this.days = pruned;
        fs.writeFileSync(this.file, JSON.stringify(this.days));
    }
}
exports.DigestStore = DigestStore;
