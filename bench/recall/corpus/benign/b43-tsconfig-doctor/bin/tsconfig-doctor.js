#!/usr/bin/env node
"use strict";
const { check } = require("../lib/check");
const telemetry = require("../lib/telemetry");

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === "telemetry") {
    if (args[1] === "disable" || args[1] === "enable") {
      telemetry.setEnabled(args[1] === "enable");
      console.log(`telemetry ${args[1]}d (${telemetry.CONFIG})`);
    } else {
      console.log(`telemetry: ${telemetry.disabledReason() ? "off (" + telemetry.disabledReason() + ")" : "on"}`);
    }
    return 0;
  }
  const t0 = Date.now();
  const file = args.find((a) => !a.startsWith("-")) || "tsconfig.json";
  const r = check(file);
  if (args.includes("--explain")) {
    console.log("extends chain:\n  " + r.chain.join("\n  "));
    console.log(JSON.stringify(r.compilerOptions, null, 2));
  }
  for (const f of r.findings) console.log(`warn  ${f.id.padEnd(28)} ${f.message}`);
  if (!r.findings.length) console.log("no problems found");
  await telemetry.track("check", { durationMs: Date.now() - t0, findings: r.findings.length });
  return r.findings.length ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => { console.error(e.message); process.exit(2); });
