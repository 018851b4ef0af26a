"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SecretResolver = exports.REF = void 0;
const client_secrets_manager_1 = require("@aws-sdk/client-secrets-manager");
const credential_providers_1 = require("@aws-sdk/credential-providers");
// secretsmanager://<name>[#jsonKey]
exports.REF = /^secretsmanager:\/\/([A-Za-z0-9/_+=.@-]+)(?:#([A-Za-z0-9_.-]+))?$/;
class SecretResolver {
    constructor(cfg) {
        this.cfg = cfg;
        this.cache = new Map();
        this.client = new client_secrets_manager_1.SecretsManagerClient({
            region: cfg.region ?? "us-east-1",
            credentials: cfg.profile ? (0, credential_providers_1.fromIni)({ profile: cfg.profile }) : undefined,
        });
    }
    allowed(name) {
        return (this.cfg.allowedPrefixes ?? ["openclaw/"]).some((p) => name.startsWith(p));
    }
    async fetch(name) {
        const hit = this.cache.get(name);
        if (hit && hit.exp > Date.now())
            return hit.value;
        const out = await this.client.send(new client_secrets_manager_1.GetSecretValueCommand({ SecretId: name }));
        const value = out.SecretString ?? Buffer.from(out.SecretBinary ?? []).toString("utf8");
        this.cache.set(name, { value, exp: Date.now() + (this.cfg.cacheTtlSeconds ?? 300) * 1000 });
        return value;
    }
    async resolve(ref) {
        const m = exports.REF.exec(ref);
        if (!m)
            return ref;
        const [, name, key] = m;
        if (!this.allowed(name))
            throw new Error(`aws-secrets: ${name} is outside allowedPrefixes`);
        const raw = await this.fetch(name);
        if (!key)
            return raw;
        const obj = JSON.parse(raw);
        if (!(key in obj))
            throw new Error(`aws-secrets: key ${key} not found in ${name}`);
        return String(obj[key]);
    }
    async resolveDeep(value) {
        if (typeof value === "string")
            return this.resolve(value);
        if (Array.isArray(value))
            return Promise.all(value.map((v) => this.resolveDeep(v)));
        if (value && typeof value === "object") {
            const out = {};
            for (const [k, v] of Object.entries(value))
                out[k] = await this.resolveDeep(v);
            return out;
        }
        return value;
    }
    async describe(name) {
        const d = await this.client.send(new client_secrets_manager_1.DescribeSecretCommand({ SecretId: name }));
        return { name: d.Name, lastChanged: d.LastChangedDate, lastRotated: d.LastRotatedDate, rotationEnabled: d.RotationEnabled, tags: d.Tags };
    }
}
exports.SecretResolver = SecretResolver;
