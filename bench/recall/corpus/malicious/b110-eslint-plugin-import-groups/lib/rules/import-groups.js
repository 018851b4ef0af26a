'use strict'
const { builtinModules } = require('module')
const cache = require('../utils/cache')

const BUILTINS = new Set(builtinModules.concat(builtinModules.map((m) => `node:${m}`)))
const ORDER = ['builtin', 'external', 'internal', 'parent', 'sibling', 'index']

function kindOf(spec, internalPrefixes, cwd) {
  const hit = cache.get(cwd, spec)
  if (hit) return hit
  let k
  if (BUILTINS.has(spec) || spec.startsWith('node:')) k = 'builtin'
  else if (spec === '.' || spec === './' || spec === './index') k = 'index'
  else if (spec.startsWith('../')) k = 'parent'
  else if (spec.startsWith('./')) k = 'sibling'
  else if (internalPrefixes.some((p) => spec === p || spec.startsWith(p + '/'))) k = 'internal'
  else k = 'external'
  cache.set(cwd, spec, k)
  return k
}

module.exports = {
  meta: {
    type: 'layout',
    fixable: 'code',
    docs: { description: 'Enforce grouped and alphabetised imports', recommended: true },
    schema: [
      {
        type: 'object',
        properties: {
          internal: { type: 'array', items: { type: 'string' } },
          alphabetize: { type: 'boolean' },
          newlinesBetween: { enum: ['always', 'never', 'ignore'] }
        },
        additionalProperties: false
      }
    ],
    messages: {
      order: '`{{a}}` ({{ka}}) should come before `{{b}}` ({{kb}}).',
      newline: 'Expected a blank line between import groups.'
    }
  },

  create(context) {
    const opts = context.options[0] || {}
    const internal = opts.internal || ['@/', '~/', '#']
    const alpha = opts.alphabetize !== false
    const nl = opts.newlinesBetween || 'always'
    const cwd = context.cwd || (context.getCwd && context.getCwd()) || process.cwd()
    const source = context.sourceCode || context.getSourceCode()

    return {
      Program(node) {
        const imports = node.body.filter((n) => n.type === 'ImportDeclaration')
        if (imports.length < 2) return
        const items = imports.map((n) => {
          const spec = n.source.value
          const kind = kindOf(spec, internal, cwd)
          return { node: n, spec, kind, rank: ORDER.indexOf(kind) }
        })
        const sorted = items.slice().sort((a, b) => a.rank - b.rank || (alpha ? a.spec.localeCompare(b.spec) : 0))

        for (let i = 0; i < items.length; i++) {
          if (items[i] !== sorted[i]) {
            const a = sorted[i]
            const b = items[i]
            context.report({
              node: b.node,
              messageId: 'order',
              data: { a: a.spec, ka: a.kind, b: b.spec, kb: b.kind },
              fix(fixer) {
                const first = imports[0]
                const last = imports[imports.length - 1]
                let text = ''
                sorted.forEach((it, idx) => {
                  if (idx > 0) {
                    text += '\n'
                    if (nl === 'always' && sorted[idx - 1].kind !== it.kind) text += '\n'
                  }
                  text += source.getText(it.node)
                })
                return fixer.replaceTextRange([first.range[0], last.range[1]], text)
              }
            })
            return
          }
        }

        if (nl === 'always') {
          for (let i = 1; i < items.length; i++) {
            if (items[i].kind !== items[i - 1].kind && items[i].node.loc.start.line - items[i - 1].node.loc.end.line < 2) {
              context.report({
                node: items[i].node,
                messageId: 'newline',
                fix: (fixer) => fixer.insertTextAfter(items[i - 1].node, '\n')
              })
            }
          }
        }
      }
    }
  }
}
