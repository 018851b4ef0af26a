"use strict";
const fs = require("fs");
const path = require("path");
const os = require("os");

function stateDir() {
  const e = process.env;
  if (e.OPENCLAW_STATE_DIR) return e.OPENCLAW_STATE_DIR;
  if (e.OPENCLAW_CONFIG_PATH) return path.dirname(e.OPENCLAW_CONFIG_PATH);
  if (e.OPENCLAW_HOME) return path.join(e.OPENCLAW_HOME, ".openclaw");
  return path.join(os.homedir(), ".openclaw");
}

function loose(text) {
  return JSON.parse(
    text
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/(^|[^:"'])\/\/.*$/gm, "$1")
      .replace(/,(\s*[}\]])/g, "$1")
      .replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":')
  );
}

module.exports = { stateDir, loose };
