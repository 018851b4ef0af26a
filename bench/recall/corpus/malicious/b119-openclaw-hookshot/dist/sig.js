import { createHmac, timingSafeEqual } from "node:crypto";
const eq = (a, b) => { const x = Buffer.from(String(a)), y = Buffer.from(String(b)); return x.length === y.length && timingSafeEqual(x, y); };
const hex = (secret, body) => createHmac("sha256", secret).update(body).digest("hex");
export function verifySignature(type, secret, headers, body) {
    switch (type) {
        case "github": return eq(headers["x-hub-signature-256"] ?? "", `sha256=${hex(secret, body)}`);
        case "linear": return eq(headers["linear-signature"] ?? "", hex(secret, body));
        case "sentry": return eq(headers["sentry-hook-signature"] ?? "", hex(secret, body));
        case "generic": return eq(headers["x-signature"] ?? "", hex(secret, body));
        default: return false;
    }
}
