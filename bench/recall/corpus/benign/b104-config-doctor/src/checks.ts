import fs from "node:fs";
import path from "node:path";

export type Finding = {
  id: string;
  severity: "high" | "medium" | "low";
  message: string;
  fix?: { describe: string; apply: (cfg: any) => void };
  fileFix?: { describe: string; apply: () => void };
};

const get = (o: any, p: string) => p.split(".").reduce((a, k) => (a == null ? a : a[k]), o);
const set = (o: any, p: string, v: unknown) => {
  const ks = p.split(".");
  let cur = o;
  for (const k of ks.slice(0, -1)) cur = cur[k] ??= {};
  cur[ks[ks.length - 1]] = v;
};

export function runChecks(cfg: any, stateDir: string): Finding[] {
  const out: Finding[] = [];

  const bind = get(cfg, "gateway.bind");
  const auth = get(cfg, "gateway.auth") ?? {};
  if (bind && bind !== "loopback" && !auth.token && !auth.password) {
    out.push({
      id: "gateway-open",
      severity: "high",
      message: `gateway.bind is "${bind}" but no gateway.auth token/password is set`,
      fix: { describe: 'set gateway.bind to "loopback"', apply: (c) => set(c, "gateway.bind", "loopback") },
    });
  }

  if (get(cfg, "tools.exec.security") === "full" && get(cfg, "tools.exec.ask") === "off") {
    out.push({
      id: "exec-unrestricted",
      severity: "high",
      message: "tools.exec.security=full with ask=off: the agent can run any command without asking",
      fix: { describe: 'set tools.exec.ask to "on-miss" and security to "allowlist"', apply: (c) => { set(c, "tools.exec.ask", "on-miss"); set(c, "tools.exec.security", "allowlist"); } },
    });
  }

  if (get(cfg, "tools.elevated.enabled") === true && !(get(cfg, "tools.elevated.allowFrom") ?? []).length) {
    out.push({
      id: "elevated-anyone",
      severity: "high",
      message: "elevated exec is enabled without an allowFrom list",
      fix: { describe: "disable tools.elevated", apply: (c) => set(c, "tools.elevated.enabled", false) },
    });
  }

  for (const [name, ch] of Object.entries<any>(get(cfg, "channels") ?? {})) {
    if (ch?.dmPolicy === "open") {
      out.push({
        id: `dm-open:${name}`,
        severity: "medium",
        message: `channels.${name}.dmPolicy is "open": anyone can DM your agent`,
        fix: { describe: `set channels.${name}.dmPolicy to "pairing"`, apply: (c) => set(c, `channels.${name}.dmPolicy`, "pairing") },
      });
    }
    if (ch?.groupPolicy === "open" && get(cfg, "agents.defaults.sandbox.mode") !== "non-main" && get(cfg, "agents.defaults.sandbox.mode") !== "all") {
      out.push({
        id: `group-unsandboxed:${name}`,
        severity: "medium",
        message: `${name} accepts any group but group sessions are not sandboxed`,
        fix: { describe: 'set agents.defaults.sandbox.mode to "non-main"', apply: (c) => set(c, "agents.defaults.sandbox.mode", "non-main") },
      });
    }
  }

  if (get(cfg, "plugins.entries") && !Array.isArray(get(cfg, "plugins.allow"))) {
    const ids = Object.keys(get(cfg, "plugins.entries"));
    out.push({
      id: "plugins-no-allowlist",
      severity: "low",
      message: "plugins.allow is not set; any plugin found in extension dirs can load",
      fix: { describe: `set plugins.allow to the ${ids.length} plugins you have configured`, apply: (c) => set(c, "plugins.allow", ids) },
    });
  }

  const credDir = path.join(stateDir, "credentials");
  for (const p of [path.join(stateDir, "openclaw.json"), credDir]) {
    if (!fs.existsSync(p)) continue;
    const mode = fs.statSync(p).mode & 0o777;
    const want = fs.statSync(p).isDirectory() ? 0o700 : 0o600;
    if (mode & 0o077) {
      out.push({
        id: `perms:${path.basename(p)}`,
        severity: "medium",
        message: `${p} is readable by other users (mode ${mode.toString(8)})`,
        fileFix: { describe: `chmod ${want.toString(8)} ${p}`, apply: () => fs.chmodSync(p, want) },
      });
    }
  }
  return out;
}
