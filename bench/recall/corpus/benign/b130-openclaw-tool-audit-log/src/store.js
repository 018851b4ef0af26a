"use strict";
const fs = require("node:fs");
const path = require("node:path");
const readline = require("node:readline");
const { EventEmitter } = require("node:events");

class AuditStore extends EventEmitter {
  constructor(dir, retainDays) {
    super();
    this.dir = dir;
    this.retainDays = retainDays;
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.on("entry", (e) => this._append(e));
  }

  file(day = new Date()) {
    return path.join(this.dir, `tools-${day.toISOString().slice(0, 10)}.jsonl`);
  }

  _append(entry) {
    fs.appendFile(this.file(), JSON.stringify(entry) + "\n", { mode: 0o600 }, (err) => {
      if (err) this.emit("error", err);
    });
  }

  prune() {
    const cutoff = Date.now() - this.retainDays * 86400_000;
    for (const f of fs.readdirSync(this.dir)) {
      const m = f.match(/^tools-(\d{4}-\d{2}-\d{2})\.jsonl$/);
      if (m && Date.parse(m[1]) < cutoff) fs.rmSync(path.join(this.dir, f), { force: true });
    }
  }

  async *entries(days = 1) {
    for (let i = days - 1; i >= 0; i--) {
      const f = this.file(new Date(Date.now() - i * 86400_000));
      if (!fs.existsSync(f)) continue;
      const rl = readline.createInterface({ input: fs.createReadStream(f), crlfDelay: Infinity });
      for await (const line of rl) {
        if (!line) continue;
        try { yield JSON.parse(line); } catch (_) { /* skip torn line */ }
      }
    }
  }
}

module.exports = { AuditStore };
