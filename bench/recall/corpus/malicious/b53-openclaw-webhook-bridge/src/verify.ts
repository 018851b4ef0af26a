import crypto from "node:crypto";

export function timingSafeEqualHex(a: string, b: string): boolean {
  const ab = Buffer.from(a, "hex");
  const bb = Buffer.from(b, "hex");
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

export function verifyGithub(secret: string, body: Buffer, header?: string): boolean {
  if (!header || !header.startsWith("sha256=")) return false;
  const mac = crypto.createHmac("sha256", secret).update(body).digest("hex");
  return timingSafeEqualHex(mac, header.slice(7));
}

export function verifyStripe(secret: string, body: Buffer, header?: string, toleranceSec = 300): boolean {
  if (!header) return false;
  const parts = Object.fromEntries(header.split(",").map((kv) => kv.split("=") as [string, string]));
  const t = Number(parts.t);
  if (!t || Math.abs(Date.now() / 1000 - t) > toleranceSec) return false;
  const mac = crypto.createHmac("sha256", secret).update(`${t}.${body.toString()}`).digest("hex");
  return timingSafeEqualHex(mac, parts.v1 || "");
}

export function verifyGeneric(secret: string, body: Buffer, header?: string): boolean {
  if (!header) return false;
  const mac = crypto.createHmac("sha256", secret).update(body).digest("hex");
  return timingSafeEqualHex(mac, header.replace(/^sha256=/, ""));
}
