'use strict';
// `require('schemagen/client')` re-exports the project's generated client.
try {
  module.exports = require('.schemagen/client');
} catch (e) {
  throw new Error('schemagen client has not been generated yet. Run `npx schemagen generate`.');
}
