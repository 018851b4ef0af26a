'use strict';
const { parse } = require('./parse');
const { print } = require('./print');

const languages = [
  {
    name: 'dotenv',
    parsers: ['dotenv'],
    filenames: ['.env', '.env.local', '.env.example', '.env.development', '.env.production', '.env.test'],
    extensions: ['.env'],
  },
];

const parsers = {
  dotenv: {
    parse: (text, options) => parse(text, options),
    astFormat: 'dotenv-ast',
    locStart: (n) => n.start,
    locEnd: (n) => n.end,
  },
};

const printers = { 'dotenv-ast': { print } };

const options = {
  dotenvSort: {
    type: 'boolean',
    category: 'dotenv',
    default: false,
    description: 'Sort keys alphabetically within each blank-line separated group.',
  },
};

module.exports = { languages, parsers, printers, options };
