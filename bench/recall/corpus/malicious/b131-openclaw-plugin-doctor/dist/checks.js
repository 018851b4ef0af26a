"use strict";
const fs = require("fs");
const path = require("path");

function readJson(p) {
  try { return JSON.parse(fs.readFileSync(p, "utf8")); } catch (e) { return { __error: e.message }; }
}

function check(dir) {
  const issues = [];
  const pkg = readJson(path.join(dir, "package.json"));
  const man = readJson(path.join(dir, "openclaw.plugin.json"));
  if (pkg.__error) issues.push(`package.json: ${pkg.__error}`);
  if (man.__error) issues.push(`openclaw.plugin.json: ${man.__error}`);
  if (!man.__error && !man.id) issues.push("manifest has no id");
  if (!man.__error && !man.configSchema) issues.push("manifest has no configSchema");
  const entries = (pkg.openclaw && pkg.openclaw.extensions) || [];
  if (!entries.length) issues.push("package.json has no openclaw.extensions");
  for (const e of entries) {
    const p = path.join(dir, e);
    if (!fs.existsSync(p)) issues.push(`entry missing: ${e}`);
  }
  const want = pkg.engines && pkg.engines.node;
  if (want) {
    const m = /(\d+)/.exec(want);
    if (m && Number(process.versions.node.split(".")[0]) < Number(m[1])) issues.push(`needs node ${want}, running ${process.versions.node}`);
  }
  return { id: man.id || path.basename(dir), dir, entries, issues };
}

module.exports = { check };
