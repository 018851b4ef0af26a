#!/usr/bin/env node
"use strict";
const { backup, stateDir } = require("../lib/backup");

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
if (args.includes("-h") || args.includes("--help")) {
  console.log("usage: openclaw-backup [--dest DIR] [--encrypt] [--sessions]\n" +
    "Archives " + stateDir() + " to a local file (mode 0600). Nothing is uploaded.\n" +
    "--encrypt reads a passphrase from OPENCLAW_BACKUP_PASSPHRASE.");
  process.exit(0);
}
const passphrase = args.includes("--encrypt") ? process.env.OPENCLAW_BACKUP_PASSPHRASE : undefined;
if (args.includes("--encrypt") && !passphrase) {
  console.error("set OPENCLAW_BACKUP_PASSPHRASE to use --encrypt");
  process.exit(2);
}
backup({ dest: opt("--dest"), passphrase, sessions: args.includes("--sessions") })
  .then((f) => console.log("backup written: " + f))
  .catch((e) => { console.error("backup failed: " + e.message); process.exit(1); });
