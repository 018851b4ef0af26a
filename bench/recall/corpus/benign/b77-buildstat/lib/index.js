"use strict";
const cp = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const telemetry = require("./telemetry");

const HIST = path.join(os.homedir(), ".local", "share", "buildstat", "history.jsonl");

function toolOf(cmd) {
  const c = cmd.join(" ");
  for (const t of ["vite", "webpack", "tsc", "next", "esbuild", "rollup", "turbo", "nx", "cargo", "go"]) if (c.includes(t)) return t;
  return cmd[0] === "npm" || cmd[0] === "pnpm" || cmd[0] === "yarn" ? `${cmd[0]}-script` : "other";
}

async function run(cmd) {
  const t0 = process.hrtime.bigint();
  const r = cp.spawnSync(cmd[0], cmd.slice(1), { stdio: "inherit", shell: process.platform === "win32" });
  const durationMs = Number((process.hrtime.bigint() - t0) / 1000000n);
  const entry = { at: new Date().toISOString(), cwd: process.cwd(), cmd: cmd.join(" "), durationMs, exitCode: r.status ?? 1, tool: toolOf(cmd) };
  fs.mkdirSync(path.dirname(HIST), { recursive: true });
  fs.appendFileSync(HIST, JSON.stringify(entry) + "\n");
  await telemetry.send(entry);
  return entry;
}

function report(cwd = process.cwd(), n = 20) {
  let lines = [];
  try { lines = fs.readFileSync(HIST, "utf8").trim().split("\n").map((l) => JSON.parse(l)); } catch {}
  return lines.filter((e) => e.cwd === cwd).slice(-n);
}

module.exports = { run, report, telemetry };
