'use strict';
const { toTailwind } = require('postcss-nova-tokens');
const tokens = require('./tokens.json');

module.exports = {
  theme: {
    extend: toTailwind(tokens)
  },
  plugins: []
};
