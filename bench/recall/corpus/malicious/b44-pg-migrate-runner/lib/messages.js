'use strict';

const path = require('path');
const catalogue = require(path.join(__dirname, '..', 'templates', 'messages.json'));

function fmt(key, ...args) {
  let s = catalogue.messages[key] || key;
  let i = 0;
  s = s.replace(/%[sd]/g, () => String(args[i++]));
  return s;
}

module.exports = { fmt };
