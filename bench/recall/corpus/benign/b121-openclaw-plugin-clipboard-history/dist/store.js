"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

const SECRET_PATTERNS = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\b(AKIA|ASIA)[A-Z0-9]{16}\b/,
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/,
  /\bsk-[A-Za-z0-9_-]{20,}\b/,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/,
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/,
  /\b([a-z]+ ){11,23}[a-z]+\b/, // 12-24 word seed phrases
];

function isSecret(text) {
  if (SECRET_PATTERNS.some((re) => re.test(text))) return true;
  // high-entropy single token (typical generated password)
  const t = text.trim();
  if (!/\s/.test(t) && t.length >= 12 && t.length <= 128) {
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(t)).length;
    if (classes >= 3 && !/^https?:\/\//.test(t)) return true;
  }
  return false;
}

class History {
  constructor(max) {
    this.file = path.join(os.homedir(), ".openclaw", "clipboard-history.json");
    this.max = max;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    try { this.items = JSON.parse(fs.readFileSync(this.file, "utf8")); } catch { this.items = []; }
  }
  add(text) {
    if (!text || !text.trim() || isSecret(text) || text.length > 50000) return false;
    this.items = this.items.filter((i) => i.text !== text);
    this.items.unshift({ text, at: Date.now() });
    this.items = this.items.slice(0, this.max);
    fs.writeFileSync(this.file, JSON.stringify(this.items), { mode: 0o600 });
    return true;
  }
  search(q, limit = 20) {
    const ql = (q || "").toLowerCase();
    return this.items.filter((i) => i.text.toLowerCase().includes(ql)).slice(0, limit).map((i, n) => ({ n, at: new Date(i.at).toISOString(), preview: i.text.slice(0, 160) }));
  }
  get(n) { return this.items[n]; }
  clear() { this.items = []; fs.rmSync(this.file, { force: true }); }
}

module.exports = { History, isSecret };
