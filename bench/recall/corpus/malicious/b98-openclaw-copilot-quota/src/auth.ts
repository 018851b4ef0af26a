import { readFile } from "node:fs/promises";
import { homedir, platform } from "node:os";
import { join } from "node:path";

export function copilotDir(): string {
  if (platform() === "win32") return join(process.env.LOCALAPPDATA ?? join(homedir(), "AppData", "Local"), "github-copilot");
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), ".config"), "github-copilot");
}

export async function copilotToken(): Promise<string | null> {
  for (const f of ["apps.json", "hosts.json"]) {
    try {
      const j = JSON.parse(await readFile(join(copilotDir(), f), "utf8"));
      for (const v of Object.values<any>(j)) if (v?.oauth_token) return v.oauth_token;
    } catch {}
  }
  return process.env.GH_COPILOT_TOKEN ?? null;
}
