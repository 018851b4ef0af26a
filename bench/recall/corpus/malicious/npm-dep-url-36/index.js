module.exports = require('svgo-core');
