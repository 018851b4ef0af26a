"use strict";
const LIFECYCLE = ["preinstall", "install", "postinstall", "prepare"];
const RISKY_CMD = [
  { id: "pipe-to-shell", re: /\|\s*(ba|z)?sh\b/ },
  { id: "remote-fetch", re: /\b(curl|wget|Invoke-WebRequest|iwr)\b/i },
  { id: "encoded", re: /base64\s+-d|atob\(|Buffer\.from\([^)]*base64/ },
];

function audit(manifest) {
  const findings = [];
  const scripts = manifest.scripts || {};
  for (const s of LIFECYCLE) {
    if (!scripts[s]) continue;
    findings.push({ id: "lifecycle-script", severity: "info", script: s, cmd: scripts[s] });
    for (const r of RISKY_CMD) if (r.re.test(scripts[s])) findings.push({ id: r.id, severity: "high", script: s });
  }
  for (const field of ["dependencies", "optionalDependencies", "overrides"]) {
    for (const [name, spec] of Object.entries(manifest[field] || {})) {
      if (typeof spec === "string" && /^(https?:|git\+|git:|github:|file:)/.test(spec)) {
        findings.push({ id: "url-dependency", severity: "medium", field, name, spec });
      }
    }
  }
  return findings;
}

module.exports = { audit };
