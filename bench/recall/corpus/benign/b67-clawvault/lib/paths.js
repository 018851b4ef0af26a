"use strict";
const os = require("os");
const path = require("path");

function stateDir(env = process.env) {
  if (env.OPENCLAW_STATE_DIR) return env.OPENCLAW_STATE_DIR;
  if (env.OPENCLAW_CONFIG_PATH) return path.dirname(env.OPENCLAW_CONFIG_PATH);
  return path.join(env.OPENCLAW_HOME || os.homedir(), ".openclaw");
}

// What goes into a backup. Caches and rebuildable npm trees are skipped.
const INCLUDE = ["openclaw.json", "credentials", "agents", "skills", "workspace", "extensions", "cron"];
const EXCLUDE = ["node_modules", "*.log", "cache", ".clawguard-staging-*", "sandboxes"];

module.exports = { stateDir, INCLUDE, EXCLUDE };
