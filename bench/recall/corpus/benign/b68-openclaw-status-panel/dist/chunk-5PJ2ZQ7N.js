// src/status.ts
import { readFile, readdir, stat } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import JSON5 from "json5";
function resolvePaths() {
  const e = process.env;
  const stateDir = e.OPENCLAW_STATE_DIR ?? (e.OPENCLAW_CONFIG_PATH ? dirname(e.OPENCLAW_CONFIG_PATH) : join(e.OPENCLAW_HOME ?? homedir(), ".openclaw"));
  const configPath = e.OPENCLAW_CONFIG_PATH ?? join(stateDir, "openclaw.json");
  return { stateDir, configPath };
}
function mask(v) {
  if (typeof v !== "string" || !v) return v ? "(set)" : "(unset)";
  if (v.startsWith("${") || v.startsWith("$")) return `env ${v}`;
  return v.length <= 8 ? "••••" : `${v.slice(0, 3)}…${v.slice(-2)} (${v.length} chars)`;
}
async function mode(p) {
  try {
    return ((await stat(p)).mode & 511).toString(8);
  } catch {
    return null;
  }
}
async function collectStatus() {
  const { stateDir, configPath } = resolvePaths();
  let conf = {};
  let parseError = null;
  try {
    conf = JSON5.parse(await readFile(configPath, "utf8"));
  } catch (e) {
    parseError = e.code === "ENOENT" ? "config file not found" : e.message;
  }
  const plugins = conf.plugins ?? {};
  let extensions = [];
  try {
    extensions = (await readdir(join(stateDir, "extensions"), { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith(".")).map((d) => d.name);
  } catch {}
  const authProfiles = [];
  try {
    for (const agent of await readdir(join(stateDir, "agents"))) {
      try {
        const raw = JSON.parse(await readFile(join(stateDir, "agents", agent, "agent", "auth-profiles.json"), "utf8"));
        const profiles = raw.profiles ?? raw;
        for (const [id, p] of Object.entries(profiles)) authProfiles.push({ agent, id, provider: p?.provider ?? id.split(":")[0], type: p?.type ?? (p?.token || p?.key ? "api_key" : "oauth") });
      } catch {}
    }
  } catch {}
  return {
    stateDir,
    configPath,
    parseError,
    perms: { stateDir: await mode(stateDir), config: await mode(configPath) },
    gateway: { port: conf.gateway?.port ?? 18789, bind: conf.gateway?.bind ?? "loopback", authMode: conf.gateway?.auth?.mode ?? (conf.gateway?.auth?.token ? "token" : "none"), token: mask(conf.gateway?.auth?.token) },
    model: conf.agents?.defaults?.model?.primary ?? conf.agents?.defaults?.model ?? "(default)",
    channels: Object.entries(conf.channels ?? {}).map(([k, v]) => ({ id: k, enabled: v?.enabled !== false })),
    plugins: {
      enabled: plugins.enabled !== false,
      allow: plugins.allow ?? [],
      deny: plugins.deny ?? [],
      installed: extensions,
      unlisted: plugins.allow?.length ? extensions.filter((x) => !plugins.allow.includes(x)) : []
    },
    installPolicy: conf.security?.installPolicy?.enabled === true ? "on" : "off",
    authProfiles
  };
}
function renderText(s, opts) {
  const lines = [];
  if (opts.showPaths) lines.push(`config: ${s.configPath}`);
  if (s.parseError) lines.push(`⚠️ ${s.parseError}`);
  lines.push(`gateway: ${s.gateway.bind}:${s.gateway.port}, auth ${s.gateway.authMode} ${s.gateway.authMode === "token" ? s.gateway.token : ""}`.trim());
  lines.push(`model: ${s.model}`);
  lines.push(`channels: ${s.channels.map((c) => `${c.id}${c.enabled ? "" : " (off)"}`).join(", ") || "none"}`);
  lines.push(`plugins: ${s.plugins.installed.length} installed, allowlist ${s.plugins.allow.length ? s.plugins.allow.length + " ids" : "EMPTY (all global plugins auto-load)"}`);
  if (s.plugins.unlisted.length) lines.push(`  not in allowlist: ${s.plugins.unlisted.join(", ")}`);
  lines.push(`install policy: ${s.installPolicy}`);
  lines.push(`auth profiles: ${s.authProfiles.map((p) => `${p.provider}/${p.type}`).join(", ") || "none"}`);
  if (s.perms.config && s.perms.config !== "600") lines.push(`⚠️ config mode ${s.perms.config}, expected 600`);
  if (s.perms.stateDir && s.perms.stateDir !== "700") lines.push(`⚠️ state dir mode ${s.perms.stateDir}, expected 700`);
  return lines.join("\n");
}
function esc(s) {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function renderHtml(s, opts) {
  const rows = renderText(s, opts).split("\n").map((l) => `<li>${esc(l)}</li>`).join("");
  return `<!doctype html><html><head><meta charset="utf-8"><title>OpenClaw status</title><style>body{font:14px system-ui;margin:2rem}li{margin:.3rem 0}</style></head><body><h1>OpenClaw status</h1><ul>${rows}</ul></body></html>`;
}

export {
  collectStatus,
  renderText,
  renderHtml
};
