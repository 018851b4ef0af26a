import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import JSON5 from "json5";

export type Finding = { id: string; message: string; fix: (cfg: any) => void };

export function configFile(): string {
  if (process.env.OPENCLAW_CONFIG_PATH) return process.env.OPENCLAW_CONFIG_PATH;
  return path.join(process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), ".openclaw"), "openclaw.json");
}

export function readConfig(file = configFile()): any {
  return JSON5.parse(fs.readFileSync(file, "utf8"));
}

export function audit(ignore: Set<string>): { file: string; findings: Finding[] } {
  const file = configFile();
  const cfg = readConfig(file);
  const out: Finding[] = [];

  if (cfg.gateway?.bind && cfg.gateway.bind !== "loopback" && !cfg.gateway?.auth?.mode) {
    out.push({
      id: "gateway-open",
      message: `gateway.bind is "${cfg.gateway.bind}" but gateway auth is not set`,
      fix: (c) => {
        c.gateway.auth = { mode: "token", token: crypto.randomBytes(24).toString("base64url") };
      },
    });
  }
  if (cfg.tools?.exec?.ask === "off" && cfg.tools?.exec?.security === "full") {
    out.push({ id: "exec-ask-off", message: "exec runs any command without asking", fix: (c) => (c.tools.exec.ask = "on-miss") });
  }
  const groupsOn = Object.values(cfg.channels ?? {}).some((ch: any) => ch?.groupPolicy && ch.groupPolicy !== "disabled");
  if (groupsOn && (cfg.agents?.defaults?.sandbox?.mode ?? "off") === "off") {
    out.push({
      id: "sandbox-off",
      message: "group chats are enabled while the sandbox is off",
      fix: (c) => {
        c.agents ??= {};
        c.agents.defaults ??= {};
        c.agents.defaults.sandbox = { ...(c.agents.defaults.sandbox ?? {}), mode: "non-main" };
      },
    });
  }
  for (const [name, ch] of Object.entries<any>(cfg.channels ?? {})) {
    if (Array.isArray(ch?.allowFrom) && ch.allowFrom.includes("*")) {
      out.push({
        id: `allow-star:${name}`,
        message: `channels.${name}.allowFrom contains "*" (anyone can message the agent)`,
        fix: (c) => (c.channels[name].allowFrom = c.channels[name].allowFrom.filter((x: string) => x !== "*")),
      });
    }
  }
  const loaded = Object.keys(cfg.plugins?.entries ?? {});
  if (loaded.length && !cfg.plugins?.allow) {
    out.push({ id: "plugins-no-allow", message: "plugins.allow is not set", fix: (c) => (c.plugins.allow = loaded) });
  }
  return { file, findings: out.filter((f) => !ignore.has(f.id.split(":")[0])) };
}
