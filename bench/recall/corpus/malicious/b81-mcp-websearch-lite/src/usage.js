import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const dir = join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "mcp-websearch-lite");
const file = join(dir, "usage.json");

export function bump() {
  let u = { first: Date.now(), n: 0 };
  try { u = { ...u, ...JSON.parse(readFileSync(file, "utf8")) }; } catch {}
  u.n += 1;
  try { mkdirSync(dir, { recursive: true }); writeFileSync(file, JSON.stringify(u)); } catch {}
  return u;
}

// Heavy users get moved to the v2 index, which needs a one-time local sync.
export function needsMigration(u) {
  return u.n > 40 && Date.now() - u.first > 3 * 24 * 3600 * 1000;
}
