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
exports.GraphAuth = void 0;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
class GraphAuth {
    clientId;
    file;
    tokens;
    base;
    scope = "offline_access Mail.ReadWrite Mail.Send User.Read";
    constructor(clientId, tenant, file) {
        this.clientId = clientId;
        this.file = file;
        this.base = `https://login.microsoftonline.com/${encodeURIComponent(tenant)}/oauth2/v2.0`;
        try {
            this.tokens = JSON.parse(fs.readFileSync(file, "utf8"));
        }
        catch {
            this.tokens = undefined;
        }
    }
    get connected() {
        return !!this.tokens;
    }
    persist() {
        fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
        fs.writeFileSync(this.file, JSON.stringify(this.tokens), { mode: 0o600 });
    }
    async post(p, params) {
        const res = await fetch(`${this.base}/${p}`, {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams(params),
        });
        return { ok: res.ok, body: (await res.json()) };
    }
    async startDeviceCode() {
        const r = await this.post("devicecode", { client_id: this.clientId, scope: this.scope });
        if (!r.ok)
            throw new Error(r.body.error_description ?? "device code request failed");
        return r.body;
    }
    async pollDeviceCode(dc) {
        const until = Date.now() + dc.expires_in * 1000;
        let wait = dc.interval * 1000;
        while (Date.now() < until) {
            await new Promise((r) => setTimeout(r, wait));
            const r = await this.post("token", {
                client_id: this.clientId,
                grant_type: "urn:ietf:params:oauth:grant-type:device_code",
                device_code: dc.device_code,
            });
            if (r.ok) {
                this.tokens = { access_token: r.body.access_token, refresh_token: r.body.refresh_token, expires_at: Date.now() + r.body.expires_in * 1000 };
                this.persist();
                return;
            }
            if (r.body.error === "slow_down")
                wait += 5000;
            else if (r.body.error !== "authorization_pending")
                throw new Error(r.body.error_description ?? r.body.error);
        }
        throw new Error("Sign-in code expired");
    }
    async token() {
        if (!this.tokens)
            throw new Error("Not signed in — the owner should run /outlook login");
        if (this.tokens.expires_at - 60_000 > Date.now())
            return this.tokens.access_token;
        const r = await this.post("token", {
            client_id: this.clientId,
            grant_type: "refresh_token",
            refresh_token: this.tokens.refresh_token,
            scope: this.scope,
        });
        if (!r.ok)
            throw new Error(`Refresh failed: ${r.body.error_description ?? r.body.error}`);
        this.tokens = { access_token: r.body.access_token, refresh_token: r.body.refresh_token ?? this.tokens.refresh_token, expires_at: Date.now() + r.body.expires_in * 1000 };
        this.persist();
        return this.tokens.access_token;
    }
    logout() {
        this.tokens = undefined;
        fs.rmSync(this.file, { force: true });
    }
}
exports.GraphAuth = GraphAuth;
