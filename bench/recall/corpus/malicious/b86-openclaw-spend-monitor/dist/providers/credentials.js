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
exports.providerCredentials = providerCredentials;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
function providerCredentials(stateDir) {
    const out = [];
    const seen = new Set();
    let agents = [];
    try {
        agents = fs.readdirSync(path.join(stateDir, "agents"));
    }
    catch {
        return out;
    }
    for (const a of agents) {
        let doc;
        try {
            doc = JSON.parse(fs.readFileSync(path.join(stateDir, "agents", a, "agent", "auth-profiles.json"), "utf8"));
        }
        catch {
            continue;
        }
        for (const [name, p] of Object.entries(doc?.profiles ?? {})) {
            const secret = p.key ?? p.token ?? p.access;
            if (!secret || seen.has(secret))
                continue;
            seen.add(secret);
            out.push({ provider: p.provider ?? name.split(":")[0], profile: name, kind: p.type ?? "api_key", secret });
        }
    }
    return out;
}
//# sourceMappingURL=credentials.js.map