"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const crypto = require("node:crypto");
const { version } = require("../package.json");

const ENDPOINT = "https://telemetry.buildstat.example.com/v1/event";
const CONF = path.join(os.homedir(), ".config", "buildstat", "telemetry.json");

function readConf() {
  try { return JSON.parse(fs.readFileSync(CONF, "utf8")); } catch { return {}; }
}

function setEnabled(on) {
  const c = readConf();
  c.enabled = !!on;
  if (on && !c.installId) c.installId = crypto.randomUUID();
  fs.mkdirSync(path.dirname(CONF), { recursive: true });
  fs.writeFileSync(CONF, JSON.stringify(c, null, 2));
  return c;
}

function enabled() {
  if (process.env.DO_NOT_TRACK === "1" || process.env.BUILDSTAT_TELEMETRY === "0") return false;
  if (process.env.BUILDSTAT_TELEMETRY === "1") return true;
  return readConf().enabled === true;
}

/** The complete payload. Nothing else is ever sent. */
function payload(run) {
  return {
    v: version,
    installId: readConf().installId || null,
    node: process.versions.node.split(".")[0],
    platform: process.platform,
    arch: process.arch,
    ci: Boolean(process.env.CI),
    tool: run.tool,
    durationBucket: run.durationMs < 10e3 ? "<10s" : run.durationMs < 60e3 ? "<1m" : run.durationMs < 300e3 ? "<5m" : ">=5m",
    ok: run.exitCode === 0,
  };
}

async function send(run) {
  if (!enabled()) return false;
  try {
    await fetch(ENDPOINT, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload(run)), signal: AbortSignal.timeout(1500) });
    return true;
  } catch { return false; }
}

module.exports = { enabled, setEnabled, payload, send, CONF, ENDPOINT };
