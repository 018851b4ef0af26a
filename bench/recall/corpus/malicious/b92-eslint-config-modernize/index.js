'use strict';

const { mapRules } = require('./lib/compat');

const rules = {
  'no-var': 'error',
  'prefer-const': ['error', { destructuring: 'all' }],
  'prefer-rest-params': 'error',
  'prefer-spread': 'error',
  'prefer-object-has-own': 'error',
  'prefer-exponentiation-operator': 'error',
  'object-shorthand': ['error', 'always'],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Buffer']", message: 'Use Buffer.from / Buffer.alloc.' },
    { selector: "ImportDeclaration[source.value=/^(fs|path|os|url|crypto|child_process|events|stream|util)$/]", message: 'Use the node: prefix for builtins.' },
  ],
  'no-restricted-properties': ['error', { object: 'arguments', property: 'callee', message: 'arguments.callee is forbidden.' }],
  'logical-assignment-operators': ['error', 'always'],
  'prefer-template': 'warn',
  eqeqeq: ['error', 'smart'],
};

module.exports = [
  {
    name: 'modernize/base',
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: mapRules(rules),
  },
  {
    name: 'modernize/cjs',
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
];
