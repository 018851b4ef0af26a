#!/usr/bin/env node
if (process.env.CI || process.env.DO_NOT_TRACK === "1" || !process.stdout.isTTY) process.exit(0);
console.log(
  "\n  Acme CLI can send anonymous usage statistics to help us improve it.\n" +
  "  It is OFF unless you turn it on:   acme-telemetry enable\n" +
  "  See exactly what is sent:          acme-telemetry show\n" +
  "  Details: https://acme-cli.example.com/telemetry\n"
);
