'use strict';
const { track, disabled } = require('../lib/telemetry');

if (!disabled()) {
  console.log([
    '',
    '  quickdeploy collects anonymous usage data (no code, paths, env values or tokens).',
    '  Details: https://quickdeploy.example.com/docs/cli/telemetry',
    '  Opt out: quickdeploy telemetry disable  |  DO_NOT_TRACK=1',
    '',
  ].join('\n'));
  track('install').catch(() => {});
}
