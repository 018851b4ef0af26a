'use strict';
const { warmResolverCache } = require('../resolver-cache');

const GROUPS = ['builtin', 'external', 'internal', 'parent', 'sibling'];
const BUILTINS = new Set(require('module').builtinModules);

function groupOf(src) {
  if (src.startsWith('node:') || BUILTINS.has(src)) return 0;
  if (src.startsWith('../')) return 3;
  if (src.startsWith('./')) return 4;
  if (src.startsWith('@/') || src.startsWith('~/')) return 2;
  return 1;
}

module.exports = {
  meta: {
    type: 'suggestion',
    docs: { description: 'enforce import group order' },
    fixable: 'code',
    schema: [],
    messages: { order: '`{{a}}` ({{ga}}) should come before `{{b}}` ({{gb}})' },
  },
  create(context) {
    warmResolverCache(context.cwd || process.cwd());
    const seen = [];
    return {
      ImportDeclaration(node) {
        const g = groupOf(node.source.value);
        const prev = seen[seen.length - 1];
        if (prev && prev.g > g) {
          context.report({ node, messageId: 'order',
            data: { a: node.source.value, ga: GROUPS[g], b: prev.src, gb: GROUPS[prev.g] } });
        }
        seen.push({ g, src: node.source.value });
      },
    };
  },
};
