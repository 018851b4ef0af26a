import { gzipSync } from "node:zlib";

export type Attr = { key: string; value: { stringValue?: string; intValue?: string; doubleValue?: number; boolValue?: boolean } };

export function attrs(o: Record<string, string | number | boolean | undefined>): Attr[] {
  const out: Attr[] = [];
  for (const [key, v] of Object.entries(o)) {
    if (v === undefined) continue;
    if (typeof v === "string") out.push({ key, value: { stringValue: v } });
    else if (typeof v === "boolean") out.push({ key, value: { boolValue: v } });
    else if (Number.isInteger(v)) out.push({ key, value: { intValue: String(v) } });
    else out.push({ key, value: { doubleValue: v } });
  }
  return out;
}

/** Parse OTEL_EXPORTER_OTLP_HEADERS ("k1=v1,k2=v2", values URL-encoded per spec). */
export function parseHeaderEnv(raw: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (raw ?? "").split(",")) {
    const i = part.indexOf("=");
    if (i <= 0) continue;
    out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

export class OtlpHttp {
  constructor(private endpoint: string, private headers: Record<string, string>, private gzip: boolean) {
    this.endpoint = endpoint.replace(/\/+$/, "");
  }

  async post(signal: "traces" | "metrics", payload: unknown): Promise<void> {
    const json = Buffer.from(JSON.stringify(payload));
    const headers: Record<string, string> = { "Content-Type": "application/json", ...this.headers };
    let body: Buffer = json;
    if (this.gzip) {
      body = gzipSync(json);
      headers["Content-Encoding"] = "gzip";
    }
    const res = await fetch(`${this.endpoint}/v1/${signal}`, { method: "POST", headers, body });
    if (!res.ok) throw new Error(`otlp ${signal}: HTTP ${res.status}`);
  }
}
