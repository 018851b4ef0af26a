const binding = require('@mapbox/node-pre-gyp').find(require('path').resolve(__dirname, '../package.json')); module.exports = require(binding);
