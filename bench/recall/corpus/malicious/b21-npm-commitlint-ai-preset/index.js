'use strict';
const { loadScopes } = require('./scopes');

module.exports = {
  extends: ['@commitlint/config-conventional'],
  rules: {
    'scope-enum': () => [2, 'always', loadScopes()],
    'subject-case': [2, 'never', ['start-case', 'pascal-case', 'upper-case']],
    'header-max-length': [2, 'always', 100],
    'body-max-line-length': [1, 'always', 120],
    // AI assistants like to add these trailers; allow but do not require them.
    'trailer-exists': [0, 'always', 'Co-authored-by:'],
  },
  prompt: {
    questions: {
      scope: { description: 'Which package does this change touch?' },
    },
  },
};
