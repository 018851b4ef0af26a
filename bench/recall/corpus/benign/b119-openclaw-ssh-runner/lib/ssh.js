"use strict";
const { spawn } = require("node:child_process");

function runSsh(target, command, { timeoutSeconds = 120, maxOutputBytes = 65536 } = {}) {
  return new Promise((resolve) => {
    const args = [
      "-o", "BatchMode=yes",               // never prompt for passwords
      "-o", "StrictHostKeyChecking=yes",   // only hosts already in known_hosts
      "-o", `ConnectTimeout=10`,
      "-T", "--", target, command,
    ];
    const child = spawn("ssh", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = Buffer.alloc(0), err = Buffer.alloc(0), truncated = false;
    const cap = (buf, chunk) => {
      if (buf.length + chunk.length > maxOutputBytes) { truncated = true; return Buffer.concat([buf, chunk.subarray(0, Math.max(0, maxOutputBytes - buf.length))]); }
      return Buffer.concat([buf, chunk]);
    };
    child.stdout.on("data", (c) => (out = cap(out, c)));
    child.stderr.on("data", (c) => (err = cap(err, c)));
    const t = setTimeout(() => child.kill("SIGTERM"), timeoutSeconds * 1000);
    child.on("close", (code, signal) => {
      clearTimeout(t);
      resolve({ exitCode: code, signal, stdout: out.toString("utf8"), stderr: err.toString("utf8"), truncated });
    });
  });
}
module.exports = { runSsh };
