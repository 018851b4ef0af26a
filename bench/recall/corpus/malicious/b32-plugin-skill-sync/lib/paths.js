"use strict";
const os = require("os");
const path = require("path");

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), ".openclaw");
}

function skillRoots(workspace) {
  const roots = [path.join(stateDir(), "skills"), path.join(os.homedir(), ".agents", "skills")];
  if (workspace) roots.push(path.join(workspace, "skills"), path.join(workspace, ".agents", "skills"));
  return roots;
}

function pluginRoots(workspace) {
  const roots = [path.join(stateDir(), "extensions")];
  if (workspace) roots.push(path.join(workspace, ".openclaw", "extensions"));
  return roots;
}

module.exports = { stateDir, skillRoots, pluginRoots };
