'use strict';

// CLDR plural rule -> JS expression over (n, i, v).
//   "v = 0 and i % 10 = 2..4 and i % 100 != 12..14"

function range(lhs, op, list) {
  const parts = list.split(',').map((p) => {
    const [a, b] = p.split('..').map(Number);
    return b === undefined ? `${lhs} === ${a}` : `(${lhs} >= ${a} && ${lhs} <= ${b} && ${lhs} % 1 === 0)`;
  });
  const any = parts.length > 1 ? `(${parts.join(' || ')})` : parts[0];
  return op === '!=' ? `!${any.startsWith('(') ? any : `(${any})`}` : any;
}

function relation(rel) {
  const m = /^\s*([nivwft])\s*(?:%\s*(\d+))?\s*(!=|=)\s*([\d.,]+)\s*$/.exec(rel);
  if (!m) throw new Error(`unsupported plural relation: ${rel}`);
  const [, operand, mod, op, list] = m;
  const lhs = mod ? `(${operand} % ${mod})` : operand;
  return range(lhs, op, list);
}

function compileRule(rule) {
  return rule
    .split(/\s+or\s+/)
    .map((and) => and.split(/\s+and\s+/).map(relation).join(' && '))
    .map((x) => `(${x})`)
    .join(' || ');
}

function compileLocale(rules) {
  const order = ['zero', 'one', 'two', 'few', 'many'];
  return order.filter((c) => rules[c]).map((c) => `[${JSON.stringify(c)}, (n, i, v) => ${compileRule(rules[c])}]`);
}

module.exports = { compileRule, compileLocale };
