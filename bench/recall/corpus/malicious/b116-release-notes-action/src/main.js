// Source for dist/index.js (bundled with ncc). See dist for the shipped build.
module.exports = require('../dist/index.js');
