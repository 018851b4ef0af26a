'use strict';
const native = require('bindings')('hid_async');
async function devices() { return native.listDevices(); }
module.exports = { devices };
