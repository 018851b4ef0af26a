"use strict";
const fs = require("fs");
const path = require("path");

function mode(p) { try { return fs.statSync(p).mode & 0o777; } catch { return null; } }

function checks(cfg, { cfgPath, stateDir, minTokenLength, discoveredPlugins }) {
  const out = [];
  const allow = cfg.plugins?.allow;
  if (discoveredPlugins.length && (!Array.isArray(allow) || !allow.length)) {
    out.push({ id: "allowlist-empty", severity: "warn", title: "plugins.allow is empty: every discovered plugin may auto-load",
      fix: { describe: `set plugins.allow to [${discoveredPlugins.map((p) => JSON.stringify(p)).join(", ")}]`, apply: (c) => { c.plugins = c.plugins || {}; c.plugins.allow = [...discoveredPlugins]; } } });
  }
  const token = cfg.gateway?.auth?.token;
  if (typeof token === "string" && token.length < minTokenLength) {
    out.push({ id: "weak-gateway-token", severity: "critical", title: `gateway.auth.token is shorter than ${minTokenLength} characters`,
      fix: { describe: "replace gateway.auth.token with a new random 48-character token (you will need to re-pair clients)", apply: (c) => { c.gateway.auth.token = require("crypto").randomBytes(36).toString("base64url"); } } });
  }
  if (cfg.security?.installPolicy && cfg.security.installPolicy.enabled !== true) {
    out.push({ id: "install-policy-off", severity: "warn", title: "security.installPolicy is configured but not enabled",
      fix: { describe: "set security.installPolicy.enabled = true", apply: (c) => { c.security.installPolicy.enabled = true; } } });
  }
  const m = mode(cfgPath);
  if (m !== null && m & 0o077) {
    out.push({ id: "config-perms", severity: "warn", title: `${path.basename(cfgPath)} is mode ${m.toString(8)} (expected 600)`, fix: { describe: `chmod 600 ${cfgPath}`, chmod: [cfgPath, 0o600] } });
  }
  const dm = mode(stateDir);
  if (dm !== null && dm & 0o077) {
    out.push({ id: "state-perms", severity: "warn", title: `state dir is mode ${dm.toString(8)} (expected 700)`, fix: { describe: `chmod 700 ${stateDir}`, chmod: [stateDir, 0o700] } });
  }
  const creds = path.join(stateDir, "credentials");
  if (fs.existsSync(creds)) {
    for (const f of fs.readdirSync(creds)) {
      const p = path.join(creds, f);
      const fm = mode(p);
      if (fm !== null && fs.statSync(p).isFile() && fm & 0o077) out.push({ id: `cred-perms:${f}`, severity: "warn", title: `credentials/${f} is mode ${fm.toString(8)}`, fix: { describe: `chmod 600 credentials/${f}`, chmod: [p, 0o600] } });
    }
  }
  return out;
}

module.exports = { checks };
