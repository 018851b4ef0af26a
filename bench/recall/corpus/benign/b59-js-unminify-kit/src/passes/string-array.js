'use strict';

const t = require('@babel/types');

// Recognises the common obfuscator layout:
//   var _0xabc = ['\x68\x65', ...];
//   (function (arr, n) { ... arr.push(arr.shift()) ... })(_0xabc, 0x1f);
//   var _0xdef = function (i, k) { i = i - 0x0; return _0xabc[i]; };
// and replaces calls _0xdef('0x3') with the literal, statically. Only the simple rotate
// and offset forms are modelled; anything else is left in place and reported.

function literalArray(node) {
  if (!t.isArrayExpression(node)) return null;
  const out = [];
  for (const el of node.elements) {
    if (!t.isStringLiteral(el)) return null;
    out.push(el.value);
  }
  return out;
}

function rotationCount(path, arrayName) {
  let count = null;
  (Array.isArray(path.container) ? path.container : []).forEach((stmt) => {
    if (!t.isExpressionStatement(stmt) || !t.isCallExpression(stmt.expression)) return;
    const call = stmt.expression;
    const [arg0, arg1] = call.arguments;
    if (t.isIdentifier(arg0, { name: arrayName }) && t.isNumericLiteral(arg1)) {
      const src = JSON.stringify(call.callee);
      if (src.includes('"push"') && src.includes('"shift"')) count = arg1.value;
    }
  });
  return count;
}

function accessorOffset(fn) {
  // matches `i = i - 0xN;` as the first statement; defaults to 0
  const first = fn.body.body[0];
  if (
    t.isExpressionStatement(first) &&
    t.isAssignmentExpression(first.expression) &&
    t.isBinaryExpression(first.expression.right, { operator: '-' }) &&
    t.isNumericLiteral(first.expression.right.right)
  ) {
    return first.expression.right.right.value;
  }
  return 0;
}

function run(ast, traverse, report) {
  const arrays = new Map();
  traverse(ast, {
    VariableDeclarator(path) {
      const values = literalArray(path.node.init);
      if (!values || !t.isIdentifier(path.node.id)) return;
      const name = path.node.id.name;
      const rot = rotationCount(path.parentPath, name);
      const arr = values.slice();
      if (rot !== null) for (let i = 0; i < rot; i++) arr.push(arr.shift());
      arrays.set(name, arr);
    }
  });
  if (!arrays.size) return 0;

  const accessors = new Map();
  traverse(ast, {
    VariableDeclarator(path) {
      const fn = path.node.init;
      if (!t.isIdentifier(path.node.id) || !(t.isFunctionExpression(fn) || t.isArrowFunctionExpression(fn))) return;
      if (!t.isBlockStatement(fn.body)) return;
      const ret = fn.body.body.find((s) => t.isReturnStatement(s));
      const src = JSON.stringify(fn.body);
      for (const [name, arr] of arrays) {
        if (src.includes(`"name":"${name}"`) && ret) accessors.set(path.node.id.name, { arr, offset: accessorOffset(fn) });
      }
    }
  });

  let replaced = 0;
  traverse(ast, {
    CallExpression(path) {
      const callee = path.node.callee;
      if (!t.isIdentifier(callee) || !accessors.has(callee.name)) return;
      const arg = path.node.arguments[0];
      let idx;
      if (t.isStringLiteral(arg)) idx = parseInt(arg.value, arg.value.startsWith('0x') ? 16 : 10);
      else if (t.isNumericLiteral(arg)) idx = arg.value;
      else return;
      const { arr, offset } = accessors.get(callee.name);
      const value = arr[idx - offset];
      if (typeof value !== 'string') {
        report.push({ pass: 'string-array', note: `index ${idx} out of range for ${callee.name}` });
        return;
      }
      path.replaceWith(t.stringLiteral(value));
      replaced++;
    }
  });
  return replaced;
}

module.exports = { name: 'string-array', run };
