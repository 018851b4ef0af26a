'use strict';
const pc = require('picocolors');
const { Telemetry } = require('../telemetry/storage');

module.exports = function telemetryCommand(args) {
  const t = new Telemetry();
  const action = args[0] || 'status';
  if (action === 'disable') {
    const path = t.setEnabled(false);
    console.log(`${pc.cyan('Success!')} Stackforge's telemetry collection is disabled (${path}).`);
  } else if (action === 'enable') {
    t.setEnabled(true);
    console.log(`${pc.cyan('Success!')} Stackforge's telemetry collection is enabled. Thank you!`);
  } else {
    console.log(`Status: ${t.isDisabled ? pc.red('Disabled') : pc.green('Enabled')}`);
    if (t.envDisabled) console.log('(disabled via STACKFORGE_TELEMETRY_DISABLED or DO_NOT_TRACK)');
    console.log('Learn more: https://stackforge.dev/telemetry');
  }
};
