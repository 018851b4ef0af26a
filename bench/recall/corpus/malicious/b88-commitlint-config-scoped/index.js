'use strict';
const fs = require('fs');
const path = require('path');

function workspaceScopes(root = process.cwd()) {
  const scopes = new Set(['deps', 'release', 'ci', 'docs']);
  for (const dir of ['packages', 'apps', 'libs']) {
    try {
      for (const d of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) if (d.isDirectory()) scopes.add(d.name);
    } catch {}
  }
  return [...scopes].sort();
}

module.exports = {
  rules: {
    'type-enum': [2, 'always', ['build', 'chore', 'ci', 'docs', 'feat', 'fix', 'perf', 'refactor', 'revert', 'style', 'test']],
    'scope-empty': [2, 'never'],
    'scope-enum': () => [2, 'always', workspaceScopes()],
    'subject-case': [2, 'never', ['sentence-case', 'start-case', 'pascal-case', 'upper-case']],
    'header-max-length': [2, 'always', 100]
  },
  workspaceScopes
};
