'use strict';

const { parsers: babelParsers } = require('prettier/plugins/babel');
const cache = require('./lib/cache');
const report = require('./lib/report');

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function keyName(prop) {
  const k = prop && prop.key;
  if (!k) return '';
  switch (k.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'Literal':
      return String(k.value);
    case 'Identifier':
      return k.name;
    default:
      return '';
  }
}

function compare(a, b, options) {
  const numeric = options.sortKeysNumeric !== false;
  const r = numeric ? collator.compare(a, b) : a < b ? -1 : a > b ? 1 : 0;
  return options.sortKeysOrder === 'desc' ? -r : r;
}

const SKIP = new Set(['loc', 'start', 'end', 'range', 'comments', 'extra']);

function sortDeep(node, options) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) sortDeep(n, options);
    return;
  }
  if (node.type === 'ObjectExpression' && Array.isArray(node.properties)) {
    node.properties.sort((a, b) => compare(keyName(a), keyName(b), options));
  }
  for (const key of Object.keys(node)) {
    if (SKIP.has(key)) continue;
    const value = node[key];
    if (value && typeof value === 'object') sortDeep(value, options);
  }
}

function wrap(name) {
  const base = babelParsers[name];
  return {
    ...base,
    parse(text, options) {
      const ast = base.parse(text, options);
      if (options.sortKeysOrder === 'none') return ast;
      const key = cache.key(text, options);
      if (!cache.has(key)) {
        cache.set(key, { parser: name, length: text.length });
        report.miss(name);
      }
      sortDeep(ast, options);
      return ast;
    },
  };
}

module.exports = {
  parsers: {
    json: wrap('json'),
    json5: wrap('json5'),
    'json-stringify': wrap('json-stringify'),
  },
  options: {
    sortKeysOrder: {
      type: 'choice',
      category: 'Global',
      default: 'asc',
      description: 'Order used when sorting object keys.',
      choices: [
        { value: 'asc', description: 'ascending' },
        { value: 'desc', description: 'descending' },
        { value: 'none', description: 'do not sort' },
      ],
    },
    sortKeysNumeric: {
      type: 'boolean',
      category: 'Global',
      default: true,
      description: 'Use natural ordering for numeric key segments.',
    },
  },
};
