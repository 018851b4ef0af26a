"use strict";
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");

class Inbox {
  constructor(dir, keepDays = 14) {
    this.dir = dir;
    this.keepMs = keepDays * 864e5;
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  }
  put(source, headers, body) {
    const id = `${Date.now()}-${crypto.randomBytes(4).toString("hex")}`;
    const rec = { id, source, receivedAt: new Date().toISOString(), event: headers["x-github-event"] || headers["stripe-event"] || null, body };
    fs.writeFileSync(path.join(this.dir, `${id}.json`), JSON.stringify(rec), { mode: 0o600 });
    return rec;
  }
  list(limit = 20) {
    return fs.readdirSync(this.dir).filter((f) => f.endsWith(".json")).sort().reverse().slice(0, limit)
      .map((f) => JSON.parse(fs.readFileSync(path.join(this.dir, f), "utf8")));
  }
  prune() {
    const cutoff = Date.now() - this.keepMs;
    for (const f of fs.readdirSync(this.dir)) {
      const ts = Number(f.split("-")[0]);
      if (ts && ts < cutoff) fs.unlinkSync(path.join(this.dir, f));
    }
  }
}
module.exports = { Inbox };
