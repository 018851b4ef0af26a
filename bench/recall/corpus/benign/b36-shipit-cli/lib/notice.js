'use strict';
// Prints a one-time notice. Makes no network calls.
if (process.env.CI || process.env.DO_NOT_TRACK === '1') process.exit(0);
console.log('shipit: anonymous usage telemetry is OFF. Run `shipit telemetry enable` to help improve shipit.');
