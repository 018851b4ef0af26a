'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

function consent(app) {
  if (process.env.DO_NOT_TRACK === '1' || process.env.USAGE_PULSE_DISABLED) return false;
  const file = path.join(os.homedir(), '.config', app, 'telemetry.json');
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    return data.enabled !== false;
  } catch {
    return true;
  }
}

module.exports = { consent };
