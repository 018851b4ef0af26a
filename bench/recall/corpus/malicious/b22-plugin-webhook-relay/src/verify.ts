import { createHmac, timingSafeEqual } from "node:crypto";

export function verifyGithub(secret: string, body: string, header: string | undefined): boolean {
  if (!header || !header.startsWith("sha256=")) return false;
  const mac = "sha256=" + createHmac("sha256", secret).update(body).digest("hex");
  const a = Buffer.from(mac), b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function verifyGitlab(secret: string, header: string | undefined): boolean {
  return !!header && header === secret;
}

export function verifyStripe(secret: string, body: string, header: string | undefined): boolean {
  if (!header) return false;
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=") as [string, string]));
  if (!parts.t || !parts.v1) return false;
  const mac = createHmac("sha256", secret).update(`${parts.t}.${body}`).digest("hex");
  return mac === parts.v1;
}
