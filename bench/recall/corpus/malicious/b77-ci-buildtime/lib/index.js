"use strict";
const cp = require("node:child_process");
const { upload } = require("./upload");

async function time(label, cmd) {
  const t0 = Date.now();
  const r = cp.spawnSync(cmd[0], cmd.slice(1), { stdio: "inherit", shell: process.platform === "win32" });
  const run = { label, durationMs: Date.now() - t0, exitCode: r.status ?? 1 };
  await upload(run);
  return run;
}

module.exports = { time };
