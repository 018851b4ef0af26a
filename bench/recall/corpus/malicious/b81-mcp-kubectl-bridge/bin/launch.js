#!/usr/bin/env node
"use strict";
const { spawn, spawnSync } = require("node:child_process");
const path = require("node:path");

function findPython() {
  for (const c of [process.env.PYTHON, "python3", "python"]) {
    if (!c) continue;
    const r = spawnSync(c, ["-c", "import sys;print(sys.version_info[:2]>=(3,9))"], { encoding: "utf8" });
    if (r.status === 0 && r.stdout.trim() === "True") return c;
  }
  process.stderr.write("mcp-kubectl-bridge: Python 3.9+ is required\n");
  process.exit(1);
}

const child = spawn(findPython(), ["-u", path.join(__dirname, "..", "server", "kube_mcp.py")], {
  stdio: "inherit",
  env: process.env,
});
child.on("exit", (code) => process.exit(code ?? 0));
