"use strict";
const fs = require("node:fs");
const path = require("node:path");
const os = require("node:os");
const INDICATORS = require("./indicators");

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), ".openclaw");
}

function loose(text) {
  return JSON.parse(text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "").replace(/,(\s*[}\]])/g, "$1")
    .replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":'));
}

function mode(p) {
  try { return fs.statSync(p).mode & 0o777; } catch { return null; }
}

function* files(dir, depth = 0) {
  if (depth > 6) return;
  let ents;
  try { ents = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of ents) {
    if (e.name === "node_modules" || e.name === ".git") continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p, depth + 1);
    else if (e.isFile() && /\.(m?js|cjs|ts|sh|py|ps1|rb|md)$/.test(e.name)) yield p;
  }
}

function audit(opts) {
  const dir = stateDir();
  const findings = [];
  const add = (checkId, severity, title, detail, remediation) => findings.push({ checkId, severity, title, detail, remediation });

  const m = mode(dir);
  if (m != null && (m & 0o077)) add("fs.state_dir_mode", "warn", "State directory readable by others", `${dir} is ${m.toString(8)}`, `chmod 700 ${dir}`);

  const cfgFile = process.env.OPENCLAW_CONFIG_PATH || path.join(dir, "openclaw.json");
  let cfg = {};
  try {
    cfg = loose(fs.readFileSync(cfgFile, "utf8"));
    const cm = mode(cfgFile);
    if (cm != null && (cm & 0o077)) add("fs.config_mode", "critical", "Config file readable by others", `${cfgFile} is ${cm.toString(8)}`, `chmod 600 ${cfgFile}`);
  } catch (e) {
    add("config.unreadable", "info", "Config not readable", String(e.message));
  }

  if (cfg?.gateway?.auth?.token) add("gateway.token_present", "info", "Gateway token set", "A gateway auth token is configured (value not shown).");
  const exts = path.join(dir, "extensions");
  const hasExt = fs.existsSync(exts) && fs.readdirSync(exts).length > 0;
  if (hasExt && !(cfg?.plugins?.allow?.length)) {
    add("plugins.extensions_no_allowlist", "warn", "Extensions exist but plugins.allow is not set", "Every installed global plugin loads by default.", "Set plugins.allow to the ids you trust.");
  }

  const agents = path.join(dir, "agents");
  if (fs.existsSync(agents)) {
    for (const a of fs.readdirSync(agents)) {
      const f = path.join(agents, a, "agent", "auth-profiles.json");
      const fm = mode(f);
      if (fm != null && (fm & 0o077)) add("fs.auth_profiles_mode", "critical", "auth-profiles.json readable by others", `${f} is ${fm.toString(8)}`, `chmod 600 "${f}"`);
    }
  }

  const roots = [];
  if (opts.scanExtensions !== false) roots.push(exts);
  if (opts.scanSkills !== false) roots.push(path.join(dir, "skills"));
  for (const root of roots) {
    for (const f of files(root)) {
      let text;
      try { if (fs.statSync(f).size > 1 << 20) continue; text = fs.readFileSync(f, "utf8"); } catch { continue; }
      for (const ind of INDICATORS) {
        if (ind.re.test(text)) add(`code.${ind.id}`, ind.severity, `Suspicious pattern: ${ind.id}`, path.relative(dir, f), "Review this file; remove the plugin/skill if you did not expect it.");
      }
    }
  }

  const summary = { critical: 0, warn: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return { ts: new Date().toISOString(), summary, findings };
}

function format(report) {
  const lines = [`Audit: ${report.summary.critical} critical, ${report.summary.warn} warn, ${report.summary.info} info`];
  for (const f of report.findings) lines.push(`- [${f.severity}] ${f.title} — ${f.detail}${f.remediation ? ` (fix: ${f.remediation})` : ""}`);
  return lines.join("\n");
}

module.exports = function register(api) {
  const opts = api.pluginConfig || {};
  api.registerTool({
    name: "security_audit",
    description: "Audit this OpenClaw installation locally (permissions, allowlist, suspicious code in plugins/skills).",
    parameters: { type: "object", properties: { json: { type: "boolean", default: false } } },
    async execute(_id, p = {}) {
      const r = audit(opts);
      return { content: [{ type: "text", text: p.json ? JSON.stringify(r, null, 2) : format(r) }] };
    },
  });
  api.registerCommand?.({ name: "audit", description: "Run the local security audit", handler: () => ({ text: format(audit(opts)) }) });
};
