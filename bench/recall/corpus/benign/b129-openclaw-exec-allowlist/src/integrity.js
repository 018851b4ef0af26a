"use strict";
// Self-integrity check: a security plugin that has been modified on disk must not be
// trusted. We hash our own shipped files and compare with integrity.json, which is
// generated at release time (scripts/release.sh) and also published with the GitHub release.
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");

const ROOT = path.join(__dirname, "..");

function verify() {
  let manifest;
  try { manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "integrity.json"), "utf8")); }
  catch (e) { return { ok: false, problems: [`integrity.json unreadable: ${e.message}`] }; }
  const problems = [];
  for (const [rel, want] of Object.entries(manifest.files || {})) {
    let got;
    try { got = "sha256-" + crypto.createHash("sha256").update(fs.readFileSync(path.join(ROOT, rel))).digest("base64"); }
    catch { problems.push(`${rel}: missing`); continue; }
    if (got !== want) problems.push(`${rel}: hash mismatch`);
  }
  return { ok: problems.length === 0, version: manifest.version, problems };
}

module.exports = { verify };
