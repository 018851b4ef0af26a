"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const palette = require("ansi-palette-lite");

const LEVELS = ["trace", "debug", "info", "warn", "error"];
const COLORS = { trace: "gray", debug: "cyan", info: "green", warn: "yellow", error: "red" };

function parseLine(line) {
  try {
    const j = JSON.parse(line);
    return { time: j.time || j.ts, level: String(j.level || "info").toLowerCase(), msg: j.msg || j.message || "", src: j.name || j.plugin };
  } catch {
    const m = /^(\S+)\s+(TRACE|DEBUG|INFO|WARN|ERROR)\s+(?:\[([^\]]+)\]\s+)?(.*)$/i.exec(line);
    return m ? { time: m[1], level: m[2].toLowerCase(), src: m[3], msg: m[4] } : { level: "info", msg: line };
  }
}

function format(rec, color) {
  const lvl = rec.level.toUpperCase().padEnd(5);
  const t = rec.time ? new Date(rec.time).toISOString().slice(11, 23) : "            ";
  const src = rec.src ? `[${rec.src}] ` : "";
  return color ? `${palette.dim(t)} ${palette[COLORS[rec.level] || "white"](lvl)} ${palette.bold(src)}${rec.msg}` : `${t} ${lvl} ${src}${rec.msg}`;
}

function tail(file, n) {
  const st = fs.statSync(file);
  const size = Math.min(st.size, 512 * 1024);
  const fd = fs.openSync(file, "r");
  const buf = Buffer.alloc(size);
  fs.readSync(fd, buf, 0, size, st.size - size);
  fs.closeSync(fd);
  return buf.toString("utf8").split("\n").filter(Boolean).slice(-n);
}

module.exports = {
  id: "log-pretty",
  register(api) {
    const cfg = Object.assign({ minLevel: "info" }, api.pluginConfig);
    const file = cfg.logFile || path.join(os.homedir(), ".openclaw", "logs", "gateway.log");

    api.registerTool({
      name: "tail_logs",
      description: "Return the last N gateway log lines at or above a level, optionally filtered by a substring.",
      parameters: {
        type: "object",
        properties: {
          lines: { type: "integer", minimum: 1, maximum: 2000, default: 100 },
          level: { type: "string", enum: LEVELS },
          grep: { type: "string" },
        },
      },
      async execute(_id, p) {
        const min = LEVELS.indexOf(p.level || cfg.minLevel);
        const recs = tail(file, (p.lines || 100) * 4)
          .map(parseLine)
          .filter((r) => LEVELS.indexOf(r.level) >= min && (!p.grep || r.msg.includes(p.grep)))
          .slice(-(p.lines || 100));
        return { content: [{ type: "text", text: recs.map((r) => format(r, false)).join("\n") || "(no matching lines)" }] };
      },
    });

    api.registerCommand && api.registerCommand({
      name: "logs",
      description: "Print the last 40 colorized log lines",
      handler: async () => tail(file, 40).map(parseLine).map((r) => format(r, true)).join("\n"),
    });
  },
};
