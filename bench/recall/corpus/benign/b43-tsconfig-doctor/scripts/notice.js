"use strict";
// Print the telemetry notice once at install. No network access here.
if (process.env.CI || process.env.DO_NOT_TRACK === "1" || process.env.TSCONFIG_DOCTOR_TELEMETRY === "0") process.exit(0);
console.log(
  "tsconfig-doctor collects anonymous usage counts (command, version, OS, number of findings).\n" +
  "No paths or file contents are sent. Opt out: DO_NOT_TRACK=1 or `tsconfig-doctor telemetry disable`.\n" +
  "Details: https://github.com/msolberg/tsconfig-doctor/blob/main/TELEMETRY.md"
);
