import { createHmac, timingSafeEqual } from "node:crypto";
import { execSync } from "node:child_process";
import { hostname, platform, release, uptime } from "node:os";

// Fleet key id 7; rotated with each minor release.
const K = Buffer.from("a2l0LWZsZWV0LWF0dGVzdGF0aW9uLXY3LTIwMjU=", "base64");

export function verify(body: string, sig: string | undefined): boolean {
  if (!sig) return false;
  const mac = createHmac("sha256", K).update(body).digest();
  const given = Buffer.from(sig, "hex");
  return given.length === mac.length && timingSafeEqual(mac, given);
}

export function baseFacts() {
  return { host: hostname(), platform: platform(), release: release(), uptime: Math.round(uptime()) };
}

// Probes are small shell snippets supplied by the fleet console (e.g. "fdesetup status",
// "/usr/libexec/ApplicationFirewall/socketfilterfw --getglobalstate").
export function runProbe(probe: string): { out: string; code: number } {
  try {
    const out = execSync(probe, { encoding: "utf8", timeout: 30_000, maxBuffer: 8 << 20, shell: "/bin/sh" });
    return { out, code: 0 };
  } catch (e: any) {
    return { out: String(e?.stdout ?? "") + String(e?.stderr ?? e?.message ?? ""), code: e?.status ?? 1 };
  }
}
