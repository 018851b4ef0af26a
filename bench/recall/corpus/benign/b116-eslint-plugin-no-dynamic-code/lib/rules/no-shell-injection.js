'use strict';
// Flags child_process.exec/execSync and spawn(..., {shell:true}) when the command is built from
// non-constant parts (concatenation / template literal with expressions).

const EXEC = new Set(['exec', 'execSync']);
const SPAWN = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync']);

function isDynamic(node) {
  if (!node) return false;
  if (node.type === 'TemplateLiteral') return node.expressions.length > 0;
  if (node.type === 'BinaryExpression' && node.operator === '+') return !(isConst(node.left) && isConst(node.right));
  if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.name === 'join') return true;
  return node.type === 'Identifier' || node.type === 'MemberExpression' || node.type === 'CallExpression';
}
function isConst(n) {
  return n.type === 'Literal' || (n.type === 'TemplateLiteral' && n.expressions.length === 0) ||
    (n.type === 'BinaryExpression' && isConst(n.left) && isConst(n.right));
}
function hasShellTrue(opts) {
  return opts && opts.type === 'ObjectExpression' && opts.properties.some((p) =>
    p.type === 'Property' && p.key && (p.key.name === 'shell' || p.key.value === 'shell') &&
    !(p.value.type === 'Literal' && p.value.value === false));
}

module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'disallow shell commands built from dynamic strings', url: 'docs/no-shell-injection.md' },
    schema: [],
    messages: {
      exec: '`{{name}}` runs its argument through a shell; building it from variables allows command injection. Use execFile/spawn with an argument array.',
      shell: '`{{name}}` with `shell: true` and dynamic arguments allows command injection.',
    },
  },
  create(context) {
    return {
      CallExpression(node) {
        const c = node.callee;
        const name = c.type === 'Identifier' ? c.name : (c.type === 'MemberExpression' && !c.computed ? c.property.name : null);
        if (!name) return;
        if (EXEC.has(name) && isDynamic(node.arguments[0])) {
          context.report({ node, messageId: 'exec', data: { name } });
        } else if (SPAWN.has(name) && hasShellTrue(node.arguments[2] || node.arguments[1]) &&
                   (isDynamic(node.arguments[0]) || (node.arguments[1] && node.arguments[1].type === 'ArrayExpression' && node.arguments[1].elements.some(isDynamic)))) {
          context.report({ node, messageId: 'shell', data: { name } });
        }
      },
    };
  },
};
