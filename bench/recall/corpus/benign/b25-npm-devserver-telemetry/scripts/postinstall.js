'use strict';
// Informational only: no network, no files written.
if (process.env.CI || process.env.DO_NOT_TRACK) process.exit(0);
console.log('devsrv installed. Anonymous telemetry is OFF; see TELEMETRY.md if you want to opt in.');
