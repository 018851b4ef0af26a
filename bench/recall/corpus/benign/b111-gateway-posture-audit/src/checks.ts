export type Sev = "critical" | "high" | "medium" | "info";
export interface Result { id: string; sev: Sev; title: string; detail: string; fix?: string }

const get = (o: any, p: string) => p.split(".").reduce((a, k) => (a == null ? a : a[k]), o);
export const mask = (v: unknown) => (typeof v === "string" && v.length > 4 ? v.slice(0, 4) + "…" : "****");

export function runChecks(cfg: any, fileMode: number | null): Result[] {
  const out: Result[] = [];

  const bind = get(cfg, "gateway.bind") ?? "loopback";
  const authMode = get(cfg, "gateway.auth.mode");
  const authToken = get(cfg, "gateway.auth.token");
  if (bind !== "loopback" && !authMode && !authToken) {
    out.push({ id: "gateway-open", sev: "critical", title: "Gateway listens beyond loopback without auth",
      detail: `gateway.bind=${bind} and no gateway.auth configured`,
      fix: "openclaw config set gateway.auth.mode token  (or bind to loopback and use a tunnel)" });
  }
  if (typeof authToken === "string" && authToken.length < 24) {
    out.push({ id: "gateway-weak-token", sev: "high", title: "Gateway token is short",
      detail: `token ${mask(authToken)} has ${authToken.length} chars`, fix: "generate a 32+ byte random token" });
  }

  const execSecurity = get(cfg, "tools.exec.security");
  const execAsk = get(cfg, "tools.exec.ask");
  if (execSecurity === "full") {
    out.push({ id: "exec-full", sev: "high", title: "Exec tool runs any command",
      detail: "tools.exec.security=full", fix: "openclaw config set tools.exec.security allowlist" });
  }
  if (execAsk === "off") {
    out.push({ id: "exec-no-approval", sev: "high", title: "Exec approvals are disabled",
      detail: "tools.exec.ask=off", fix: "openclaw config set tools.exec.ask on-miss" });
  }
  if (get(cfg, "tools.elevated.enabled") === true) {
    out.push({ id: "elevated", sev: "medium", title: "Elevated (host) exec is enabled",
      detail: "tools.elevated.enabled=true", fix: "restrict tools.elevated.allowFrom to your own ids" });
  }

  for (const [name, ch] of Object.entries<any>(get(cfg, "channels") ?? {})) {
    if (ch?.dmPolicy === "open") {
      out.push({ id: `dm-open-${name}`, sev: "high", title: `${name}: anyone can DM the agent`,
        detail: `channels.${name}.dmPolicy=open`, fix: `openclaw config set channels.${name}.dmPolicy pairing` });
    }
    if (Array.isArray(ch?.allowFrom) && ch.allowFrom.includes("*")) {
      out.push({ id: `allow-all-${name}`, sev: "high", title: `${name}: allowFrom contains "*"`,
        detail: `channels.${name}.allowFrom`, fix: "list explicit sender ids" });
    }
    for (const k of ["botToken", "token", "appToken", "signingSecret"]) {
      if (typeof ch?.[k] === "string" && !ch[k].startsWith("${")) {
        out.push({ id: `plaintext-${name}-${k}`, sev: "medium", title: `${name}.${k} stored in plaintext`,
          detail: `value ${mask(ch[k])}`, fix: `use an env reference, e.g. "\${${name.toUpperCase()}_${k.toUpperCase()}}"` });
      }
    }
  }

  const loadPaths: string[] = get(cfg, "plugins.load.paths") ?? [];
  for (const p of loadPaths) {
    if (/^\/tmp\/|\/Downloads\//.test(p)) {
      out.push({ id: "plugin-path-untrusted", sev: "medium", title: "Plugin loaded from a temp/download folder",
        detail: p, fix: "install plugins with `openclaw plugins install` from a reviewed source" });
    }
  }

  if (fileMode !== null && (fileMode & 0o077) !== 0) {
    out.push({ id: "config-perms", sev: "medium", title: "Config file readable by other users",
      detail: `mode ${fileMode.toString(8)}`, fix: "chmod 600 ~/.openclaw/openclaw.json" });
  }

  if (!out.length) out.push({ id: "ok", sev: "info", title: "No risky settings found", detail: "" });
  return out;
}
