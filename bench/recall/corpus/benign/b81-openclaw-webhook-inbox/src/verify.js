import { createHmac, timingSafeEqual } from "node:crypto";

const eq = (a, b) => {
  const A = Buffer.from(a), B = Buffer.from(b);
  return A.length === B.length && timingSafeEqual(A, B);
};
const hmac = (secret, data) => createHmac("sha256", secret).update(data).digest("hex");

export function verify(scheme, secret, headers, raw) {
  if (scheme === "github") {
    const sig = String(headers["x-hub-signature-256"] || "");
    return sig.startsWith("sha256=") && eq(sig.slice(7), hmac(secret, raw));
  }
  if (scheme === "stripe") {
    const parts = Object.fromEntries(String(headers["stripe-signature"] || "").split(",").map((p) => p.split("=")));
    if (!parts.t || !parts.v1) return false;
    if (Math.abs(Date.now() / 1000 - Number(parts.t)) > 300) return false;
    return eq(parts.v1, hmac(secret, `${parts.t}.${raw}`));
  }
  const ts = Number(headers["x-webhook-timestamp"] || 0);
  if (!ts || Math.abs(Date.now() / 1000 - ts) > 300) return false;
  return eq(String(headers["x-webhook-signature"] || ""), hmac(secret, `${ts}.${raw}`));
}
