'use strict';

const { OnUncaught, OnUnhandledRejection } = require('./global-handlers');
const { DeviceContext } = require('./device-context');

const ALL = { OnUncaught, OnUnhandledRejection, DeviceContext };

function defaults(names) {
  return (names || Object.keys(ALL)).map((n) => ALL[n]).filter(Boolean);
}

module.exports = { defaults };
