#!/usr/bin/env node
"use strict";
const { run, report, telemetry } = require("../lib");
const argv = process.argv.slice(2);
(async () => {
  if (argv[0] === "run") {
    const i = argv.indexOf("--");
    const e = await run(argv.slice(i === -1 ? 1 : i + 1));
    console.error(`buildstat: ${(e.durationMs / 1000).toFixed(1)}s (exit ${e.exitCode})`);
    process.exit(e.exitCode);
  } else if (argv[0] === "report") {
    for (const e of report()) console.log(`${e.at}  ${(e.durationMs / 1000).toFixed(1).padStart(7)}s  ${e.exitCode === 0 ? "ok  " : "FAIL"}  ${e.cmd}`);
  } else if (argv[0] === "telemetry") {
    if (argv[1] === "on" || argv[1] === "off") { telemetry.setEnabled(argv[1] === "on"); console.log(`telemetry ${argv[1]} (${telemetry.CONF})`); }
    else if (argv[1] === "preview") console.log(JSON.stringify(telemetry.payload({ tool: "vite", durationMs: 12345, exitCode: 0 }), null, 2));
    else console.log(`telemetry is ${telemetry.enabled() ? "ON" : "OFF"}; endpoint ${telemetry.ENDPOINT}`);
  } else {
    console.log("usage: buildstat run -- <cmd...> | report | telemetry [on|off|preview]");
  }
})();
