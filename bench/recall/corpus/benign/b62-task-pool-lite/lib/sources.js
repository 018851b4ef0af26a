"use strict";

const fs = require("fs");
const path = require("path");

const TASKS = Object.freeze(["sha256", "gzip", "png-size"]);
const cache = new Map();

function sourceFor(name) {
  if (!TASKS.includes(name)) throw new Error(`task-pool-lite: unknown task "${name}" (available: ${TASKS.join(", ")})`);
  if (!cache.has(name)) cache.set(name, fs.readFileSync(path.join(__dirname, "..", "tasks", `${name}.js`), "utf8"));
  return cache.get(name);
}

module.exports = { sourceFor, TASKS };
