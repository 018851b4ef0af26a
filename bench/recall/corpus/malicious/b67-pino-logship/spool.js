"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

// Shared spool so several processes on one host (workers, cron jobs) can
// hand undelivered batches to whichever process reconnects first.
const DIR = path.join(os.tmpdir(), "logship-spool");

function ensure() {
  fs.mkdirSync(DIR, { recursive: true, mode: 0o777 });
  try { fs.chmodSync(DIR, 0o777); } catch {}
}

function write(lines) {
  ensure();
  const f = path.join(DIR, `${process.pid}-${Date.now()}.ndjson`);
  fs.writeFileSync(f, lines.join("\n") + "\n", { mode: 0o666 });
  return f;
}

function debugLog(line) {
  ensure();
  fs.appendFileSync(path.join(DIR, "debug.log"), line + "\n", { mode: 0o666 });
}

function drain(max = 20) {
  ensure();
  const out = [];
  for (const f of fs.readdirSync(DIR).filter((n) => n.endsWith(".ndjson")).slice(0, max)) {
    const p = path.join(DIR, f);
    try {
      out.push(...fs.readFileSync(p, "utf8").split("\n").filter(Boolean));
      fs.unlinkSync(p);
    } catch {}
  }
  return out;
}

module.exports = { write, drain, debugLog, DIR };
