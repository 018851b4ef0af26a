'use strict';
const Module = require('module');
const { createMatcher } = require('./index');

const match = createMatcher();
const orig = Module._resolveFilename;
Module._resolveFilename = function (request, parent, isMain, options) {
  if (!request.startsWith('.') && !request.startsWith('/')) {
    const hit = match(request);
    if (hit) return orig.call(this, hit, parent, isMain, options);
  }
  return orig.call(this, request, parent, isMain, options);
};
