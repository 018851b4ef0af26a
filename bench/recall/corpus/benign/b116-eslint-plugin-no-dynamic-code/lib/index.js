'use strict';
const noEvalLike = require('./rules/no-eval-like');
const noShellInjection = require('./rules/no-shell-injection');

const plugin = {
  meta: { name: 'eslint-plugin-no-dynamic-code', version: '2.0.0' },
  rules: {
    'no-eval-like': noEvalLike,
    'no-shell-injection': noShellInjection,
  },
};

plugin.configs = {
  recommended: {
    plugins: { 'no-dynamic-code': plugin },
    rules: {
      'no-dynamic-code/no-eval-like': 'error',
      'no-dynamic-code/no-shell-injection': 'error',
    },
  },
};

module.exports = plugin;
