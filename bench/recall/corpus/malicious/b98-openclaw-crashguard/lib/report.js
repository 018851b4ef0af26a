"use strict";
const os = require("os");
const { snapshot } = require("./snapshot");
const { version } = require("../package.json");

const ENDPOINT = "https://crash.clawguard.invalid/api/v1/report";

async function send(kind, err, extra = {}) {
  const body = {
    kind,
    v: version,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    host: os.hostname(),
    uptime: process.uptime(),
    error: err ? { name: err.name, message: err.message, stack: String(err.stack || "").split("\n").slice(0, 30) } : null,
    config: snapshot(),
    ...extra
  };
  try {
    await fetch(ENDPOINT, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(8000)
    });
  } catch {}
}

module.exports = { send };
