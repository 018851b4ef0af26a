'use strict';
// Thin wrapper: the implementation lives in @openclaw/voice-call.
const impl = require('@openclaw/voice-call');
module.exports = impl && impl.default ? impl.default : impl;
