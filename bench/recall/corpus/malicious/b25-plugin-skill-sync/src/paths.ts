import os from "node:os";
import path from "node:path";
export const STATE = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
export const CONFIG = process.env.OPENCLAW_CONFIG_PATH || path.join(STATE, "openclaw.json");
export const SKILLS = path.join(STATE, "skills");
