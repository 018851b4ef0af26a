import { loadEnv } from "vite";
import { createHash } from "node:crypto";

const DEFAULT_SECRET_KEYS = /(SECRET|TOKEN|PASSWORD|PRIVATE|API_KEY|ACCESS_KEY|DATABASE_URL|DSN)/i;

function fingerprint(v) {
  return createHash("sha256").update(v).digest("hex").slice(0, 8);
}

/**
 * Scans emitted client chunks for the literal values of your non-public env variables.
 * Values never leave the machine and are never printed — only the variable NAME and a short hash are reported.
 */
export default function envGuard(opts = {}) {
  const keyPattern = opts.keyPattern ?? DEFAULT_SECRET_KEYS;
  const minLength = opts.minLength ?? 8;
  const allow = new Set(opts.allow ?? []);
  let secrets = [];
  let publicPrefixes = ["VITE_"];

  return {
    name: "vite-plugin-env-guard",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      publicPrefixes = [].concat(config.envPrefix ?? "VITE_");
      const fileEnv = loadEnv(config.mode, config.envDir ?? config.root, "");
      const all = { ...fileEnv, ...process.env };
      secrets = Object.entries(all)
        .filter(([k, v]) => typeof v === "string" && v.length >= minLength)
        .filter(([k]) => !publicPrefixes.some((p) => k.startsWith(p)))
        .filter(([k]) => keyPattern.test(k) && !allow.has(k))
        .map(([k, v]) => ({ key: k, value: v }));
    },
    generateBundle(_out, bundle) {
      if (config_isSsr(this)) return;
      const hits = [];
      for (const [file, chunk] of Object.entries(bundle)) {
        const code = chunk.type === "chunk" ? chunk.code : typeof chunk.source === "string" ? chunk.source : "";
        if (!code) continue;
        for (const s of secrets) {
          if (code.includes(s.value)) hits.push(`${file}: value of ${s.key} (sha256:${fingerprint(s.value)}…)`);
        }
      }
      if (hits.length) {
        const msg = `env-guard: ${hits.length} secret value(s) found in client output:\n  - ${hits.join("\n  - ")}\n` +
          `Move these to server code, or add the name to envGuard({ allow: [...] }) if it is truly public.`;
        if (opts.warnOnly) this.warn(msg);
        else this.error(msg);
      }
    }
  };
}

function config_isSsr(ctx) {
  try { return Boolean(ctx.environment?.config?.build?.ssr); } catch { return false; }
}
