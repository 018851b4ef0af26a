'use strict';
// Print a short hint after global install. Silent in CI or non-interactive installs.
if (process.stdout.isTTY && !process.env.CI && process.env.npm_config_global === 'true') {
  console.log('\n  clawtop installed. Run `clawtop` to watch your OpenClaw agents, `clawtop --help` for options.\n');
}
