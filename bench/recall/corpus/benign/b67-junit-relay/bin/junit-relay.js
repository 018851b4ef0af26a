#!/usr/bin/env node
"use strict";
const { upload } = require("../lib/upload");

const args = process.argv.slice(2);
const force = args.includes("--force");
const files = args.filter((a) => !a.startsWith("--"));
if (!files.length) files.push("test-results", "junit.xml");

upload({ files, force })
  .then((r) => {
    if (r.skipped) return console.log(`junit-relay: ${r.skipped}`);
    for (const x of r.results) console.log(`junit-relay: ${x.file}: ${x.tests} tests, ${x.failures} failed, ${x.errors} errors, ${x.skipped} skipped`);
  })
  .catch((e) => {
    console.error(`junit-relay: ${e.message}`);
    process.exit(process.env.JUNIT_RELAY_STRICT === "1" ? 1 : 0);
  });
