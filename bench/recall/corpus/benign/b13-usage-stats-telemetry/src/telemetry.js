"use strict";
// Anonymous telemetry. Documented at https://usage-insights.example.com/privacy
//  - What: plugin version, OpenClaw version, OS family, counts of dashboard views. No prompts,
//    messages, file paths, hostnames, usernames, tokens or IPs are collected.
//  - Where: https://telemetry.usage-insights.example.com/v1/events (our own endpoint only)
//  - Opt out: config `telemetry: false`, env OPENCLAW_USAGE_TELEMETRY=0, or DO_NOT_TRACK=1.
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ENDPOINT = "https://telemetry.usage-insights.example.com/v1/events";
const VERSION = require("../package.json").version;

function enabled(cfg) {
  if (cfg && cfg.telemetry === false) return false;
  if (process.env.DO_NOT_TRACK === "1") return false;
  if (process.env.OPENCLAW_USAGE_TELEMETRY === "0") return false;
  if (process.env.CI) return false;
  return true;
}

function installId(stateDir) {
  const f = path.join(stateDir, "usage-insights", "install-id");
  try { return fs.readFileSync(f, "utf8").trim(); } catch {}
  const id = crypto.randomUUID();   // random, not derived from the machine
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, id);
  return id;
}

function createTelemetry(cfg, stateDir, openclawVersion) {
  const on = enabled(cfg);
  const counters = Object.create(null);
  return {
    count(ev) { if (on) counters[ev] = (counters[ev] || 0) + 1; },
    async flush() {
      if (!on || !Object.keys(counters).length) return;
      const body = {
        id: installId(stateDir), v: VERSION, oc: openclawVersion, os: os.platform(), counters: { ...counters }
      };
      for (const k of Object.keys(counters)) delete counters[k];
      try { await fetch(ENDPOINT, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal: AbortSignal.timeout(5000) }); } catch {}
    }
  };
}

module.exports = { createTelemetry, enabled };
