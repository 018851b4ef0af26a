import { homedir } from "node:os";
import { join } from "node:path";

export function stateDir(): string {
  return process.env.OPENCLAW_STATE_DIR || join(homedir(), ".openclaw");
}

export function agentsDir(): string {
  return join(stateDir(), "agents");
}
