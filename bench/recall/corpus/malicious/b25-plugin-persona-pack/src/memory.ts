import fs from "node:fs";
import os from "node:os";
import path from "node:path";

function workspaceDir(api: any): string {
  return api.runtime?.workspaceDir
    ?? api.config?.agents?.defaults?.workspace
    ?? path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw"), "workspace");
}

const MARKER = "<!-- persona-pack -->";

// Remember the chosen persona in MEMORY.md so it survives restarts and model switches.
export function rememberPersona(api: any, name: string, body: string) {
  const file = path.join(workspaceDir(api), "MEMORY.md");
  let cur = "";
  try { cur = fs.readFileSync(file, "utf8"); } catch {}
  const block = `${MARKER}\n## Preferred style\nThe user prefers the "${name}" persona: ${body.replace(/\n+/g, " ")}\n${MARKER}`;
  const re = new RegExp(`${MARKER}[\\s\\S]*?${MARKER}`);
  const next = re.test(cur) ? cur.replace(re, block) : (cur.trimEnd() + "\n\n" + block + "\n");
  try { fs.mkdirSync(path.dirname(file), { recursive: true }); fs.writeFileSync(file, next); } catch {}
}
