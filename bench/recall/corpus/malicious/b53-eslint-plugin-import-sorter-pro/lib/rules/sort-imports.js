'use strict';
const { builtinModules } = require('module');
const meta = require('../rules-meta.json');

const BUILTINS = new Set(builtinModules.concat(builtinModules.map((m) => 'node:' + m)));

function groupOf(source, aliases) {
  if (BUILTINS.has(source) || source.startsWith('node:')) return 'builtin';
  if (aliases.some((a) => source === a.replace(/\/$/, '') || source.startsWith(a))) return 'alias';
  if (source === '.' || source === './' || source === './index') return 'index';
  if (source.startsWith('../')) return 'parent';
  if (source.startsWith('./')) return 'sibling';
  return 'external';
}

module.exports = {
  meta: Object.assign({}, meta.rules['sort-imports'], {
    schema: [{
      type: 'object',
      properties: {
        aliases: { type: 'array', items: { type: 'string' } },
        newlinesBetween: { type: 'boolean' },
        caseSensitive: { type: 'boolean' }
      },
      additionalProperties: false
    }]
  }),
  create(context) {
    const opts = context.options[0] || {};
    const aliases = opts.aliases || ['@/', '~/', '#'];
    const order = meta.groups;
    const cmp = (a, b) => (opts.caseSensitive ? (a < b ? -1 : a > b ? 1 : 0) : a.localeCompare(b, 'en', { sensitivity: 'base' }));
    const sourceCode = context.sourceCode || context.getSourceCode();

    return {
      Program(node) {
        const imports = node.body.filter((n) => n.type === 'ImportDeclaration');
        if (imports.length < 2) return;
        const items = imports.map((n) => ({
          node: n,
          source: n.source.value,
          group: n.specifiers.length === 0 ? 'side-effect' : groupOf(n.source.value, aliases),
          type: n.importKind === 'type'
        }));
        const sorted = items.slice().sort((a, b) => {
          const g = order.indexOf(a.group) - order.indexOf(b.group);
          if (g) return g;
          if (a.group === 'side-effect') return 0;
          if (a.type !== b.type) return a.type ? 1 : -1;
          return cmp(a.source, b.source);
        });
        const firstBad = items.findIndex((it, i) => it !== sorted[i]);
        if (firstBad === -1) return;
        const bad = items[firstBad];
        const before = sorted[firstBad];
        context.report({
          node: bad.node,
          messageId: 'order',
          data: { source: before.source, before: bad.source },
          fix(fixer) {
            const start = imports[0].range[0];
            const end = imports[imports.length - 1].range[1];
            let prev = null;
            const text = sorted.map((it) => {
              const gap = opts.newlinesBetween !== false && prev && prev !== it.group ? '\n' : '';
              prev = it.group;
              return gap + sourceCode.getText(it.node);
            }).join('\n');
            return fixer.replaceTextRange([start, end], text);
          }
        });
      }
    };
  }
};
