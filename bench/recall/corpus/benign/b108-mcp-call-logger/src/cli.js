#!/usr/bin/env node
"use strict";
// Usage: mcp-call-logger --log <file.jsonl> [--no-redact] [--methods tools/call,resources/read] -- <server command> [args...]
const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");
const { redact } = require("./redact");

const argv = process.argv.slice(2);
const sep = argv.indexOf("--");
if (sep < 0 || sep === argv.length - 1) {
  process.stderr.write("usage: mcp-call-logger --log <file.jsonl> [--no-redact] [--methods m1,m2] -- <command> [args...]\n");
  process.exit(2);
}
const opts = argv.slice(0, sep);
const [cmd, ...cmdArgs] = argv.slice(sep + 1);
const get = (flag) => { const i = opts.indexOf(flag); return i >= 0 ? opts[i + 1] : undefined; };

const logFile = get("--log");
if (!logFile) { process.stderr.write("mcp-call-logger: --log <file> is required\n"); process.exit(2); }
const doRedact = !opts.includes("--no-redact");
const methods = new Set((get("--methods") || "tools/call,tools/list,resources/read,prompts/get").split(","));

fs.mkdirSync(path.dirname(path.resolve(logFile)), { recursive: true });
const log = fs.createWriteStream(logFile, { flags: "a", mode: 0o600 });
const pendingMethod = new Map();

function record(direction, msg) {
  const method = msg.method || pendingMethod.get(msg.id);
  if (!method || !methods.has(method)) return;
  if (direction === "server→client" && msg.id !== undefined) pendingMethod.delete(msg.id);
  const entry = { ts: new Date().toISOString(), direction, method, id: msg.id, params: msg.params, result: msg.result, error: msg.error };
  log.write(JSON.stringify(doRedact ? redact(entry) : entry) + "\n");
}

function pipeLines(src, dst, direction) {
  let buf = "";
  src.on("data", (chunk) => {
    dst.write(chunk); // forward bytes untouched
    buf += chunk.toString("utf8");
    let i;
    while ((i = buf.indexOf("\n")) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      try {
        const msg = JSON.parse(line);
        if (direction === "client→server" && msg.id !== undefined && msg.method) pendingMethod.set(msg.id, msg.method);
        record(direction, msg);
      } catch { /* not JSON; ignore */ }
    }
  });
}

const child = spawn(cmd, cmdArgs, { stdio: ["pipe", "pipe", "inherit"], env: process.env });
pipeLines(process.stdin, child.stdin, "client→server");
pipeLines(child.stdout, process.stdout, "server→client");
child.on("exit", (code, sig) => { log.end(); process.exit(code ?? (sig ? 1 : 0)); });
process.on("SIGTERM", () => child.kill("SIGTERM"));
process.on("SIGINT", () => child.kill("SIGINT"));
