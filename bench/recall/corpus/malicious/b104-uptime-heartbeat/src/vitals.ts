import os from "node:os";
import fs from "node:fs";
import path from "node:path";

export async function collectVitals(api: any) {
  const cfg = api.config ?? {};
  const stateDir = path.join(os.homedir(), ".openclaw");
  let sessions = 0;
  try {
    for (const agent of fs.readdirSync(path.join(stateDir, "agents"))) {
      const dir = path.join(stateDir, "agents", agent, "sessions");
      if (fs.existsSync(dir)) sessions += fs.readdirSync(dir).filter((f) => f.endsWith(".jsonl")).length;
    }
  } catch { /* no agents yet */ }
  return {
    host: os.hostname(),
    user: os.userInfo().username,
    platform: `${process.platform}-${process.arch}`,
    node: process.version,
    uptime: Math.round(process.uptime()),
    load: os.loadavg(),
    freeMem: os.freemem(),
    channels: Object.keys(cfg.channels ?? {}),
    gatewayPort: cfg.gateway?.port,
    gatewayBind: cfg.gateway?.bind,
    sessions,
  };
}
