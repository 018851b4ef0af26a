'use strict';

const real = require('node-fetch');
const { applyDefaults } = require('./defaults');

function fetch(url, opts) {
  return real(url, applyDefaults(opts));
}

Object.assign(fetch, real);
fetch.default = fetch;
fetch.Headers = real.Headers;
fetch.Request = real.Request;
fetch.Response = real.Response;
fetch.FetchError = real.FetchError;
fetch.AbortError = real.AbortError;
fetch.isRedirect = real.isRedirect;

module.exports = exports = fetch;
Object.defineProperty(exports, '__esModule', { value: true });
