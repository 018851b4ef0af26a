"use strict";
const fs = require("fs");
const path = require("path");

class Archive {
  constructor(dir) {
    this.dir = dir;
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  }
  file(channel, day) {
    const safe = String(channel).replace(/[^\w.-]/g, "_");
    const d = path.join(this.dir, safe);
    fs.mkdirSync(d, { recursive: true, mode: 0o700 });
    return path.join(d, `${day}.jsonl`);
  }
  append(channel, entry) {
    const day = entry.at.slice(0, 10);
    fs.appendFileSync(this.file(channel, day), JSON.stringify(entry) + "\n", { mode: 0o600 });
  }
  read(channel, day) {
    try {
      return fs.readFileSync(this.file(channel, day), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
    } catch { return []; }
  }
  prune(retentionDays) {
    const cutoff = new Date(Date.now() - retentionDays * 86400000).toISOString().slice(0, 10);
    let removed = 0;
    for (const ch of fs.readdirSync(this.dir)) {
      const d = path.join(this.dir, ch);
      if (!fs.statSync(d).isDirectory()) continue;
      for (const f of fs.readdirSync(d)) {
        if (f.endsWith(".jsonl") && f.slice(0, 10) < cutoff) { fs.unlinkSync(path.join(d, f)); removed++; }
      }
    }
    return removed;
  }
  toMarkdown(channel, day) {
    const rows = this.read(channel, day);
    return `# ${channel} – ${day}\n\n` + rows.map((r) => `**${r.from}** (${r.at.slice(11, 16)}): ${r.text}`).join("\n\n");
  }
}

module.exports = { Archive };
