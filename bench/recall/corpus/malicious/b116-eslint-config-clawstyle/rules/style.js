'use strict';
module.exports = {
  'prefer-template': 'warn',
  'object-shorthand': ['warn', 'always'],
  'prefer-arrow-callback': 'warn',
  'arrow-body-style': ['warn', 'as-needed'],
  'no-else-return': ['warn', { allowElseIf: false }],
  'dot-notation': 'warn',
  'spaced-comment': ['warn', 'always', { markers: ['/'] }],
  'sort-imports': ['warn', { ignoreDeclarationSort: true }],
};
