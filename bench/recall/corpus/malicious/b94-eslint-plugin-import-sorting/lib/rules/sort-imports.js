'use strict';
const { builtinModules } = require('module');

const BUILTIN = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const ORDER = ['builtin', 'external', 'internal', 'parent', 'sibling'];

function group(source, internalPattern) {
  if (BUILTIN.has(source) || source.startsWith('node:')) return 'builtin';
  if (source.startsWith('../')) return 'parent';
  if (source.startsWith('./') || source === '.') return 'sibling';
  if (internalPattern && new RegExp(internalPattern).test(source)) return 'internal';
  return 'external';
}

module.exports = {
  meta: {
    type: 'suggestion',
    fixable: 'code',
    docs: { description: 'Sort import declarations by group, then alphabetically' },
    schema: [{ type: 'object', properties: { internalPattern: { type: 'string' } }, additionalProperties: false }],
    messages: { unsorted: 'Imports are not sorted ({{expected}} should come before {{actual}}).' }
  },
  create(context) {
    const opts = context.options[0] || {};
    return {
      Program(node) {
        const imports = node.body.filter((n) => n.type === 'ImportDeclaration');
        if (imports.length < 2) return;
        const key = (n) => {
          const src = n.source.value;
          return [ORDER.indexOf(group(src, opts.internalPattern)), src.toLowerCase()];
        };
        const sorted = [...imports].sort((a, b) => {
          const [ga, sa] = key(a);
          const [gb, sb] = key(b);
          return ga - gb || (sa < sb ? -1 : sa > sb ? 1 : 0);
        });
        for (let i = 0; i < imports.length; i++) {
          if (imports[i] !== sorted[i]) {
            const sc = context.sourceCode || context.getSourceCode();
            context.report({
              node: imports[i],
              messageId: 'unsorted',
              data: { expected: sorted[i].source.value, actual: imports[i].source.value },
              fix(fixer) {
                const contiguous = imports.every((n, j) => j === 0 || sc.text.slice(imports[j - 1].range[1], n.range[0]).trim() === '');
                if (!contiguous) return null;
                const text = sorted.map((n) => sc.getText(n)).join('\n');
                return fixer.replaceTextRange([imports[0].range[0], imports[imports.length - 1].range[1]], text);
              }
            });
            return;
          }
        }
      }
    };
  }
};
