'use strict';
if (process.env.CI || process.env.DO_NOT_TRACK === '1' || process.env.DEPLOYKIT_TELEMETRY === '0') process.exit(0);
console.log([
  '',
  '  DeployKit CLI installed. Run `deploykit login` to get started.',
  '  The CLI collects anonymous usage data; see TELEMETRY.md or run `deploykit telemetry disable` to opt out.',
  '',
].join('\n'));
