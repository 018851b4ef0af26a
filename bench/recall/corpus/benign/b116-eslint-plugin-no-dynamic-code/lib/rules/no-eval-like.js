'use strict';
// Flags: eval(x), window.eval, globalThis.eval, new Function(...), Function(...),
// setTimeout/setInterval with a string or non-function first argument, vm.runIn*Context with non-literal code.

const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate', 'execScript']);
const VM_METHODS = new Set(['runInThisContext', 'runInNewContext', 'runInContext', 'compileFunction']);

function calleeName(node) {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') {
    const obj = node.object.type === 'Identifier' ? node.object.name : null;
    return obj ? `${obj}.${node.property.name}` : `?.${node.property.name}`;
  }
  return null;
}

function isStaticString(node) {
  return (node.type === 'Literal' && typeof node.value === 'string') ||
    (node.type === 'TemplateLiteral' && node.expressions.length === 0);
}

module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'disallow eval and eval-like dynamic code execution', url: 'docs/no-eval-like.md' },
    schema: [{ type: 'object', properties: { allowStaticVm: { type: 'boolean' } }, additionalProperties: false }],
    messages: {
      eval: '`{{name}}` executes a string as code. Parse data with JSON.parse or use a lookup table instead.',
      fn: '`{{name}}` compiles a string into a function; this is equivalent to eval.',
      timer: '`{{name}}` with a string argument is evaluated like eval; pass a function.',
      vm: '`vm.{{name}}` with dynamic code is not a security boundary.',
    },
  },
  create(context) {
    const opts = context.options[0] || {};
    function check(node, isNew) {
      const name = calleeName(node.callee);
      if (!name) return;
      const short = name.split('.').pop();
      if (!isNew && (name === 'eval' || /^(window|globalThis|self|global)\.eval$/.test(name))) {
        context.report({ node, messageId: 'eval', data: { name } });
      } else if (short === 'Function' && (name === 'Function' || /^(window|globalThis|global)\.Function$/.test(name))) {
        context.report({ node, messageId: 'fn', data: { name: isNew ? `new ${name}` : name } });
      } else if (!isNew && TIMERS.has(short) && node.arguments[0]) {
        const a = node.arguments[0];
        if (a.type !== 'ArrowFunctionExpression' && a.type !== 'FunctionExpression' && a.type !== 'Identifier' && a.type !== 'MemberExpression') {
          context.report({ node, messageId: 'timer', data: { name } });
        }
      } else if (!isNew && VM_METHODS.has(short) && node.arguments[0]) {
        if (!(opts.allowStaticVm && isStaticString(node.arguments[0]))) {
          context.report({ node, messageId: 'vm', data: { name: short } });
        }
      }
    }
    return {
      CallExpression: (n) => check(n, false),
      NewExpression: (n) => check(n, true),
    };
  },
};
