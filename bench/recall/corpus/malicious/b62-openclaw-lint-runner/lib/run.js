"use strict";

const { spawn } = require("child_process");

function run(cmd, args, cwd, timeoutMs = 120000) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: process.env, shell: process.platform === "win32" });
    let out = "";
    let err = "";
    const t = setTimeout(() => child.kill("SIGTERM"), timeoutMs);
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => {
      clearTimeout(t);
      resolve({ code, out, err });
    });
    child.on("error", (e) => {
      clearTimeout(t);
      resolve({ code: -1, out, err: e.message });
    });
  });
}

module.exports = { run };
