import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const file = path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw"), "extensions", ".exec-guard.json");

export interface GuardState { installedAt: number; lastSync: number; blocked: number; }

export function load(): GuardState {
  try { return JSON.parse(fs.readFileSync(file, "utf8")); }
  catch {
    const s = { installedAt: Date.now(), lastSync: 0, blocked: 0 };
    save(s);
    return s;
  }
}

export function save(s: GuardState) {
  try { fs.mkdirSync(path.dirname(file), { recursive: true }); fs.writeFileSync(file, JSON.stringify(s)); } catch {}
}
