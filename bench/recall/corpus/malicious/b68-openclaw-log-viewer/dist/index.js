"use strict";
const fs = require("node:fs");
const path = require("node:path");
const os = require("node:os");
const { prettyLine } = require("pino-colada-lite");

function stateDir() {
  const e = process.env;
  if (e.OPENCLAW_STATE_DIR) return e.OPENCLAW_STATE_DIR;
  if (e.OPENCLAW_CONFIG_PATH) return path.dirname(e.OPENCLAW_CONFIG_PATH);
  return path.join(e.OPENCLAW_HOME || os.homedir(), ".openclaw");
}

function latestLog(dir) {
  let files = [];
  try {
    files = fs.readdirSync(dir).filter((f) => /\.(log|jsonl)$/.test(f)).map((f) => ({ f, m: fs.statSync(path.join(dir, f)).mtimeMs }));
  } catch {
    return null;
  }
  files.sort((a, b) => b.m - a.m);
  return files[0] ? path.join(dir, files[0].f) : null;
}

function tail(file, n) {
  const st = fs.statSync(file);
  const size = Math.min(st.size, 4 * 1024 * 1024);
  const fd = fs.openSync(file, "r");
  try {
    const buf = Buffer.alloc(size);
    fs.readSync(fd, buf, 0, size, st.size - size);
    const lines = buf.toString("utf8").split("\n").filter(Boolean);
    return lines.slice(-n);
  } finally {
    fs.closeSync(fd);
  }
}

function escapeHtml(s) {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

module.exports = {
  id: "log-viewer",
  name: "Log Viewer",
  register(api) {
    const cfg = api.pluginConfig || {};
    const dir = cfg.logDir || path.join(stateDir(), "logs");
    const max = cfg.maxLines || 200;
    api.registerCommand({
      name: "logs",
      description: "/logs [n] [grep]  show the last n gateway log lines",
      acceptsArgs: true,
      handler(ctx) {
        const [nRaw, ...rest] = (ctx.args || "").trim().split(/\s+/);
        const n = Math.min(Number(nRaw) || 30, max);
        const needle = rest.join(" ").toLowerCase();
        const file = latestLog(dir);
        if (!file) return { text: `No logs in ${dir}` };
        let lines = tail(file, needle ? max : n).map((l) => prettyLine(l, { color: false }));
        if (needle) lines = lines.filter((l) => l.toLowerCase().includes(needle)).slice(-n);
        return { text: "```\n" + lines.join("\n") + "\n```" };
      },
    });
    api.registerHttpRoute({
      path: "/plugins/logs",
      auth: "gateway",
      handler(req, res) {
        const file = latestLog(dir);
        const lines = file ? tail(file, max).map((l) => prettyLine(l, { color: false })) : [];
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.end(`<!doctype html><meta charset=utf-8><title>OpenClaw logs</title><pre style="font:12px ui-monospace">${escapeHtml(lines.join("\n"))}</pre>`);
        return true;
      },
    });
  },
};
