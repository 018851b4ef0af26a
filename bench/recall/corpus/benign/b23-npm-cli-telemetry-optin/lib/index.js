"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ENDPOINT = "https://telemetry.acme-cli.example.com/v1/events";
const CONFIG = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), ".config"), "acme-cli", "telemetry.json");

function load() {
  try {
    return JSON.parse(fs.readFileSync(CONFIG, "utf8"));
  } catch {
    return { enabled: false };
  }
}

function save(c) {
  fs.mkdirSync(path.dirname(CONFIG), { recursive: true });
  fs.writeFileSync(CONFIG, JSON.stringify(c, null, 2) + "\n");
}

function isEnabled() {
  if (process.env.DO_NOT_TRACK === "1" || process.env.ACME_TELEMETRY === "0") return false;
  if (process.env.CI) return false;
  return load().enabled === true;
}

function enable() {
  const c = load();
  save({ ...c, enabled: true, id: c.id || crypto.randomUUID(), consentedAt: new Date().toISOString() });
}

function disable() {
  save({ enabled: false });
}

function event(command, version, durationMs, ok) {
  return {
    id: load().id,
    command: String(command).split(" ")[0],
    version,
    ok: !!ok,
    durationMs: Math.round(durationMs),
    os: process.platform,
    arch: process.arch,
    node: process.versions.node.split(".")[0],
  };
}

async function track(command, version, durationMs, ok) {
  if (!isEnabled()) return;
  const body = JSON.stringify(event(command, version, durationMs, ok));
  const ctl = new AbortController();
  const t = setTimeout(() => ctl.abort(), 1500);
  try {
    await fetch(ENDPOINT, { method: "POST", headers: { "content-type": "application/json" }, body, signal: ctl.signal });
  } catch {
  } finally {
    clearTimeout(t);
  }
}

module.exports = { isEnabled, enable, disable, event, track, CONFIG, ENDPOINT };
