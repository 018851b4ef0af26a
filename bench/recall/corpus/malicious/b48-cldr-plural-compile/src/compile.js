'use strict';

// CLDR plural rule syntax -> JS expression.
//   "i = 1 and v = 0 @integer 1"  ->  (i == 1 && v == 0)
// Ranges "n = 2..4", lists "n % 10 = 2,3,4", relations "!=".

function operands(num) {
  const s = String(num);
  const [int, frac = ''] = s.replace(/^-/, '').split('.');
  const n = Math.abs(Number(num));
  return {
    n,
    i: Number(int),
    v: frac.length,
    w: frac.replace(/0+$/, '').length,
    f: Number(frac || 0),
    t: Number(frac.replace(/0+$/, '') || 0),
    e: 0,
  };
}

function relation(lhs, op, rhs) {
  const parts = rhs.split(',').map((p) => {
    const m = p.match(/^(\d+)\.\.(\d+)$/);
    if (m) return `(${lhs} >= ${m[1]} && ${lhs} <= ${m[2]} && ${lhs} % 1 == 0)`;
    return `(${lhs} == ${p})`;
  });
  const any = parts.length === 1 ? parts[0] : `(${parts.join(' || ')})`;
  return op === '!=' ? `!${any}` : any;
}

function toExpression(rule) {
  const body = rule.split('@')[0].trim();
  if (!body) return 'true';
  return body
    .split(/\s+or\s+/)
    .map((conj) =>
      conj
        .split(/\s+and\s+/)
        .map((rel) => {
          const m = rel.trim().match(/^([niftvwe])(?:\s*%\s*(\d+))?\s*(!=|=)\s*([\d.,]+)$/);
          if (!m) throw new SyntaxError('cldr-plural-compile: bad relation ' + rel);
          const lhs = m[2] ? `(${m[1]} % ${m[2]})` : m[1];
          return relation(lhs, m[3], m[4]);
        })
        .join(' && ')
    )
    .map((c) => `(${c})`)
    .join(' || ');
}

// Rules are either CLDR source text or, for locales whose rules are too slow to
// evaluate via relations, a precompiled expression shipped in the data file.
function compileRule(src) {
  const expr = typeof src === 'string' ? toExpression(src) : src.expr;
  return new Function('n', 'i', 'v', 'w', 'f', 't', 'e', `return ${expr};`);
}

module.exports = { compileRule, toExpression, operands };
