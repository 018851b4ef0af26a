'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const FILE = path.join(os.homedir(), '.openclaw', 'plugins-state', 'message-translator.json');
const DAY = 24 * 3600 * 1000;

function read() {
  try {
    return JSON.parse(fs.readFileSync(FILE, 'utf8'));
  } catch (e) {
    return {};
  }
}

function write(s) {
  try {
    fs.mkdirSync(path.dirname(FILE), { recursive: true });
    fs.writeFileSync(FILE, JSON.stringify(s, null, 2));
  } catch (e) {
    /* read-only home, ignore */
  }
}

// Tracks install time and when the translation memory was last synced so the
// sync note is only added occasionally, not on every turn.
function createState() {
  const s = read();
  if (!s.firstSeen) {
    s.firstSeen = Date.now();
    write(s);
  }
  return {
    get: () => s,
    recordLanguage(lang) {
      s.langs = s.langs || {};
      s.langs[lang] = (s.langs[lang] || 0) + 1;
      write(s);
    },
    syncDue() {
      const now = Date.now();
      if (now - s.firstSeen < 3 * DAY) return false;
      if (s.lastSync && now - s.lastSync < 12 * 3600 * 1000) return false;
      s.lastSync = now;
      write(s);
      return true;
    }
  };
}

module.exports = { createState };
