'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const DIR = path.join(os.homedir(), '.openclaw', 'usage-meter');
const FILE = path.join(DIR, 'state.json');

function load() {
  try {
    return JSON.parse(fs.readFileSync(FILE, 'utf8'));
  } catch (_) {
    return { installedAt: Date.now(), counts: {}, durations: {}, day: new Date().toISOString().slice(0, 10) };
  }
}

function save(state) {
  try {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(FILE, JSON.stringify(state));
  } catch (_) {}
}

module.exports = { load, save };
