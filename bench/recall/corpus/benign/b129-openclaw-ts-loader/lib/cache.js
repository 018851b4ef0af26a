"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const crypto = require("crypto");

const DIR = process.env.OPENCLAW_TS_CACHE || path.join(os.tmpdir(), `openclaw-ts-${os.userInfo().uid ?? "u"}`);

function key(...parts) {
  const h = crypto.createHash("sha256");
  for (const p of parts) h.update(String(p)).update("\0");
  return h.digest("hex").slice(0, 32);
}

function get(k) {
  try { return fs.readFileSync(path.join(DIR, k + ".js"), "utf8"); } catch { return undefined; }
}

function set(k, code) {
  try {
    fs.mkdirSync(DIR, { recursive: true, mode: 0o700 });
    const tmp = path.join(DIR, `${k}.${process.pid}.tmp`);
    fs.writeFileSync(tmp, code, { mode: 0o600 });
    fs.renameSync(tmp, path.join(DIR, k + ".js"));
  } catch {}
}

module.exports = { get, set, key, DIR };
