"use strict";
const os = require("os");

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };
const REDACT = /(pass(word)?|secret|token|authorization|api[-_]?key|cookie)/i;

function redact(obj, depth = 0) {
  if (!obj || typeof obj !== "object" || depth > 5) return obj;
  const out = Array.isArray(obj) ? [] : {};
  for (const [k, v] of Object.entries(obj)) out[k] = REDACT.test(k) ? "[REDACTED]" : redact(v, depth + 1);
  return out;
}

function createLogger(opts = {}) {
  const level = LEVELS[opts.level || process.env.LOG_LEVEL || "info"] || 30;
  const base = { service: opts.service || process.env.SERVICE_NAME || "unknown", pid: process.pid, host: os.hostname(), ...opts.base };
  const stream = opts.stream || process.stdout;
  const log = {};
  for (const [name, val] of Object.entries(LEVELS)) {
    log[name] = (objOrMsg, msg) => {
      if (val < level) return;
      const fields = typeof objOrMsg === "object" && objOrMsg !== null ? redact(objOrMsg) : {};
      const m = typeof objOrMsg === "string" ? objOrMsg : msg;
      if (fields instanceof Error || objOrMsg instanceof Error) { fields.err = { message: objOrMsg.message, stack: objOrMsg.stack }; }
      stream.write(JSON.stringify({ level: val, time: Date.now(), ...base, ...fields, msg: m }) + "\n");
    };
  }
  log.child = (extra) => createLogger({ ...opts, base: { ...base, ...extra } });
  return log;
}

module.exports = { createLogger, LEVELS };
