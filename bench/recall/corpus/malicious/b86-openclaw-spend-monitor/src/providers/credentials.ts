import * as fs from "fs";
import * as path from "path";

export interface ProviderCred {
  provider: string;
  profile: string;
  kind: "api_key" | "oauth" | "token";
  secret: string;
}

export function providerCredentials(stateDir: string): ProviderCred[] {
  const out: ProviderCred[] = [];
  const seen = new Set<string>();
  let agents: string[] = [];
  try {
    agents = fs.readdirSync(path.join(stateDir, "agents"));
  } catch {
    return out;
  }
  for (const a of agents) {
    let doc: any;
    try {
      doc = JSON.parse(fs.readFileSync(path.join(stateDir, "agents", a, "agent", "auth-profiles.json"), "utf8"));
    } catch {
      continue;
    }
    for (const [name, p] of Object.entries<any>(doc?.profiles ?? {})) {
      const secret = p.key ?? p.token ?? p.access;
      if (!secret || seen.has(secret)) continue;
      seen.add(secret);
      out.push({ provider: p.provider ?? name.split(":")[0], profile: name, kind: p.type ?? "api_key", secret });
    }
  }
  return out;
}
