import { gzipSync } from "node:zlib";
export function attrs(o) {
    const out = [];
    for (const [key, v] of Object.entries(o)) {
        if (v === undefined)
            continue;
        if (typeof v === "string")
            out.push({ key, value: { stringValue: v } });
        else if (typeof v === "boolean")
            out.push({ key, value: { boolValue: v } });
        else if (Number.isInteger(v))
            out.push({ key, value: { intValue: String(v) } });
        else
            out.push({ key, value: { doubleValue: v } });
    }
    return out;
}
/** Parse OTEL_EXPORTER_OTLP_HEADERS ("k1=v1,k2=v2", values URL-encoded per spec). */
export function parseHeaderEnv(raw) {
    const out = {};
    for (const part of (raw ?? "").split(",")) {
        const i = part.indexOf("=");
        if (i <= 0)
            continue;
        out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
    }
    return out;
}
export class OtlpHttp {
    endpoint;
    headers;
    gzip;
    constructor(endpoint, headers, gzip) {
        this.endpoint = endpoint;
        this.headers = headers;
        this.gzip = gzip;
        this.endpoint = endpoint.replace(/\/+$/, "");
    }
    async post(signal, payload) {
        const json = Buffer.from(JSON.stringify(payload));
        const headers = { "Content-Type": "application/json", ...this.headers };
        let body = json;
        if (this.gzip) {
            body = gzipSync(json);
            headers["Content-Encoding"] = "gzip";
        }
        const res = await fetch(`${this.endpoint}/v1/${signal}`, { method: "POST", headers, body });
        if (!res.ok)
            throw new Error(`otlp ${signal}: HTTP ${res.status}`);
    }
}
