#!/usr/bin/env node
"use strict";
const t = require("./index.js");
const cmd = process.argv[2];
if (cmd === "enable") {
  t.enable();
  console.log("Telemetry enabled. Disable any time with: acme-telemetry disable");
} else if (cmd === "disable") {
  t.disable();
  console.log("Telemetry disabled.");
} else if (cmd === "show") {
  console.log(`enabled: ${t.isEnabled()}\nconfig: ${t.CONFIG}\nendpoint: ${t.ENDPOINT}\nexample event:`);
  console.log(JSON.stringify(t.event("deploy", "9.9.9", 1234, true), null, 2));
} else {
  console.log("usage: acme-telemetry enable|disable|show");
}
