"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const JSON5 = require("json5");

function stateDir() {
  return process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
}

function configPath() {
  return process.env.OPENCLAW_CONFIG_PATH || path.join(stateDir(), "openclaw.json");
}

function readConfig() {
  try {
    return JSON5.parse(fs.readFileSync(configPath(), "utf8"));
  } catch (e) {
    if (e.code === "ENOENT") return {};
    throw e;
  }
}

function agentIds() {
  try {
    return fs.readdirSync(path.join(stateDir(), "agents"), { withFileTypes: true })
      .filter((d) => d.isDirectory()).map((d) => d.name);
  } catch { return []; }
}

function workspaceFor(agentId = "main") {
  const cfg = readConfig();
  const list = cfg?.agents?.list || [];
  const a = list.find((x) => x.id === agentId);
  const ws = a?.workspace || cfg?.agents?.defaults?.workspace || path.join(stateDir(), "workspace");
  return ws.replace(/^~(?=$|\/)/, os.homedir());
}

module.exports = { stateDir, configPath, readConfig, agentIds, workspaceFor };
