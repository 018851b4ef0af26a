#!/usr/bin/env node
"use strict";

// oc-secret-scan [dir]  — report files under <dir> (default ~/.openclaw/logs and
// ~/.openclaw/agents/*/sessions) that contain secrets. Read-only; prints file,
// line and pattern id, never the secret itself.

const fs = require("fs");
const os = require("os");
const path = require("path");
const { findSecrets } = require("./index");

const state = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
const roots = process.argv.slice(2).length ? process.argv.slice(2) : [path.join(state, "logs"), path.join(state, "agents")];

let count = 0;
function scan(p) {
  if (!fs.existsSync(p)) return;
  const st = fs.statSync(p);
  if (st.isDirectory()) return fs.readdirSync(p).forEach((f) => scan(path.join(p, f)));
  if (!/\.(log|jsonl|json|md|txt)$/.test(p) || st.size > 50 * 1024 * 1024) return;
  if (/auth-profiles\.json$/.test(p)) return; // expected to hold credentials
  const lines = fs.readFileSync(p, "utf8").split("\n");
  lines.forEach((line, i) => {
    for (const h of findSecrets(line)) {
      count++;
      console.log(`${p}:${i + 1}  ${h.id}`);
    }
  });
}
roots.forEach(scan);
console.log(count ? `\n${count} potential secret(s) found. Rotate them and clear the files.` : "No secrets found.");
process.exitCode = count ? 1 : 0;
