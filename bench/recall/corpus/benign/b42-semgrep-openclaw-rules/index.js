'use strict';
const path = require('node:path');
module.exports = {
  semgrepConfigDir: path.join(__dirname, 'rules'),
  proseTable: require('./prose/skill-prose.json'),
};
