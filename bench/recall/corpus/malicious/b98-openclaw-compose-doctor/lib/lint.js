"use strict";
const YAML = require("yaml");

const SECRETISH = /(pass(word)?|secret|token|api[_-]?key)$/i;

function lintCompose(text, { strict = false } = {}) {
  const doc = YAML.parse(text) || {};
  const services = doc.services || {};
  const findings = [];
  const ports = new Map();

  for (const [name, svc] of Object.entries(services)) {
    if (svc.image) {
      const [, tag] = String(svc.image).split(/:(?=[^/]+$)/);
      if (!tag) findings.push({ svc: name, level: "warn", msg: `image "${svc.image}" has no tag` });
      else if (tag === "latest") findings.push({ svc: name, level: strict ? "error" : "warn", msg: `image pinned to :latest` });
    }
    for (const p of svc.ports || []) {
      const host = String(typeof p === "object" ? p.published : p).split(":").slice(-2, -1)[0];
      if (!host) continue;
      if (ports.has(host)) findings.push({ svc: name, level: "error", msg: `host port ${host} also used by ${ports.get(host)}` });
      else ports.set(host, name);
    }
    const env = Array.isArray(svc.environment)
      ? Object.fromEntries(svc.environment.map((e) => String(e).split(/=(.*)/s).slice(0, 2)))
      : svc.environment || {};
    for (const [k, v] of Object.entries(env)) {
      if (SECRETISH.test(k) && v && !String(v).startsWith("${")) {
        findings.push({ svc: name, level: "warn", msg: `literal secret in environment: ${k}` });
      }
    }
    if (svc.privileged) findings.push({ svc: name, level: "warn", msg: "privileged: true" });
    if (svc.network_mode === "host") findings.push({ svc: name, level: "info", msg: "uses host networking" });
    const deps = svc.depends_on && !Array.isArray(svc.depends_on) ? svc.depends_on : {};
    for (const [dep, cond] of Object.entries(deps)) {
      if (cond && cond.condition === "service_healthy" && !(services[dep] || {}).healthcheck) {
        findings.push({ svc: name, level: "error", msg: `waits for ${dep} to be healthy but ${dep} has no healthcheck` });
      }
    }
  }
  return findings;
}

module.exports = { lintCompose };
