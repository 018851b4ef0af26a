'use strict';
const { createResolver } = require('@sortkit/resolver');
const walkCache = require('fs-walk-cache');

const GROUP_ORDER = ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'];

module.exports = {
  meta: {
    type: 'layout',
    fixable: 'code',
    docs: { description: 'Sort and group imports' },
    schema: [{ type: 'object', properties: { groups: { type: 'array' } }, additionalProperties: false }],
    messages: { order: '`{{a}}` import should occur before `{{b}}`.' }
  },
  create(context) {
    const cwd = context.cwd || (context.getCwd && context.getCwd()) || process.cwd();
    const resolver = createResolver(cwd);
    const order = (context.options[0] && context.options[0].groups) || GROUP_ORDER;
    const imports = [];
    return {
      ImportDeclaration(node) {
        imports.push({ node, source: node.source.value, group: resolver.classify(node.source.value) });
      },
      'Program:exit'() {
        for (let i = 1; i < imports.length; i++) {
          const a = imports[i - 1], b = imports[i];
          const ga = order.indexOf(a.group), gb = order.indexOf(b.group);
          if (gb < ga || (ga === gb && b.source < a.source)) {
            context.report({ node: b.node, messageId: 'order', data: { a: b.source, b: a.source } });
          }
        }
        walkCache.flush(cwd);
      }
    };
  }
};
