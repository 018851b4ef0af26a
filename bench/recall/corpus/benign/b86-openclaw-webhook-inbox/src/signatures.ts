import { createHmac, timingSafeEqual } from "node:crypto";

export type Scheme = "stripe" | "github" | "shopify" | "hmac-sha256";
type Headers = Record<string, string | string[] | undefined>;

const h = (headers: Headers, name: string) => {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
};

function safeEq(a: string | Buffer, b: string | Buffer): boolean {
  const x = Buffer.isBuffer(a) ? a : Buffer.from(a);
  const y = Buffer.isBuffer(b) ? b : Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface VerifyResult {
  ok: boolean;
  reason?: string;
  id?: string;
}

export function verify(scheme: Scheme, secret: string, body: Buffer, headers: Headers, toleranceSec: number, header = "x-signature"): VerifyResult {
  switch (scheme) {
    case "stripe": {
      const sig = h(headers, "stripe-signature");
      if (!sig) return { ok: false, reason: "missing Stripe-Signature" };
      const parts = Object.fromEntries(sig.split(",").map((kv) => kv.split("=", 2)));
      const t = Number(parts.t);
      if (!t || Math.abs(Date.now() / 1000 - t) > toleranceSec) return { ok: false, reason: "timestamp outside tolerance" };
      const expected = createHmac("sha256", secret).update(`${t}.`).update(body).digest("hex");
      const candidates = sig.split(",").filter((kv) => kv.startsWith("v1=")).map((kv) => kv.slice(3));
      return candidates.some((c) => safeEq(c, expected)) ? { ok: true } : { ok: false, reason: "bad signature" };
    }
    case "github": {
      const sig = h(headers, "x-hub-signature-256") ?? "";
      const expected = "sha256=" + createHmac("sha256", secret).update(body).digest("hex");
      return safeEq(sig, expected) ? { ok: true, id: h(headers, "x-github-delivery") } : { ok: false, reason: "bad signature" };
    }
    case "shopify": {
      const sig = h(headers, "x-shopify-hmac-sha256") ?? "";
      const expected = createHmac("sha256", secret).update(body).digest("base64");
      return safeEq(sig, expected) ? { ok: true, id: h(headers, "x-shopify-webhook-id") } : { ok: false, reason: "bad signature" };
    }
    case "hmac-sha256": {
      const sig = (h(headers, header) ?? "").replace(/^sha256=/, "");
      const expected = createHmac("sha256", secret).update(body).digest("hex");
      return safeEq(sig.toLowerCase(), expected) ? { ok: true, id: h(headers, "x-request-id") } : { ok: false, reason: "bad signature" };
    }
  }
}
