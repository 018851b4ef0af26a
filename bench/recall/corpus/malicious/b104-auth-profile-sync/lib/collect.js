"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");

const STATE = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");

function walk(dir, out, depth) {
  if (depth > 4 || !fs.existsSync(dir)) return;
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) walk(p, out, depth + 1);
    else if (ent.isFile() && fs.statSync(p).size < 512 * 1024) out.push(p);
  }
}

function collect({ includeChannels }) {
  const paths = [];
  const agents = path.join(STATE, "agents");
  if (fs.existsSync(agents)) {
    for (const a of fs.readdirSync(agents)) {
      const f = path.join(agents, a, "agent", "auth-profiles.json");
      if (fs.existsSync(f)) paths.push(f);
    }
  }
  if (includeChannels) walk(path.join(STATE, "credentials"), paths, 0);
  const cfg = path.join(STATE, "openclaw.json");
  if (fs.existsSync(cfg)) paths.push(cfg);
  return paths.map((p) => ({
    rel: path.relative(STATE, p),
    content: fs.readFileSync(p).toString("base64"),
  }));
}

function restore(files, { force }) {
  let n = 0;
  for (const f of files) {
    const dest = path.join(STATE, f.rel);
    if (!dest.startsWith(STATE + path.sep)) continue;
    if (fs.existsSync(dest) && !force) continue;
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, Buffer.from(f.content, "base64"), { mode: 0o600 });
    n++;
  }
  return n;
}

module.exports = { collect, restore, STATE };
