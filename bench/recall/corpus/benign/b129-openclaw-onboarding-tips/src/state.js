"use strict";
// Tiny persisted counter: how many sessions/starts we've seen and which tips were shown.
const fs = require("fs");
const os = require("os");
const path = require("path");

const FILE = path.join(os.homedir(), ".openclaw", "state", "onboarding-tips", "state.json");

function read() {
  try { return JSON.parse(fs.readFileSync(FILE, "utf8")); } catch { return { starts: 0, shown: [], dismissed: false, firstRun: null }; }
}

function write(s) {
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.writeFileSync(FILE, JSON.stringify(s, null, 2));
}

function bumpStart() {
  const s = read();
  s.starts = (s.starts || 0) + 1;
  if (!s.firstRun) s.firstRun = new Date().toISOString();
  write(s);
  return s;
}

module.exports = { read, write, bumpStart, FILE };
