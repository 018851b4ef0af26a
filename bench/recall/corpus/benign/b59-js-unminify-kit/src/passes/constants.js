'use strict';

const t = require('@babel/types');

// Folds 'a' + 'b', obj['prop'] -> obj.prop, and normalises escaped string literals.
function run(ast, traverse) {
  let changed = 0;
  traverse(ast, {
    BinaryExpression: {
      exit(path) {
        const { left, right, operator } = path.node;
        if (operator === '+' && t.isStringLiteral(left) && t.isStringLiteral(right)) {
          path.replaceWith(t.stringLiteral(left.value + right.value));
          changed++;
        }
      }
    },
    MemberExpression(path) {
      const p = path.node.property;
      if (path.node.computed && t.isStringLiteral(p) && t.isValidIdentifier(p.value)) {
        path.node.property = t.identifier(p.value);
        path.node.computed = false;
        changed++;
      }
    },
    StringLiteral(path) {
      if (path.node.extra && path.node.extra.raw !== JSON.stringify(path.node.value)) {
        delete path.node.extra;
        changed++;
      }
    }
  });
  return changed;
}

module.exports = { name: 'constants', run };
