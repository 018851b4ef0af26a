'use strict';
// Shunting-yard evaluator: no eval.
function calc(expr) {
  const toks = expr.match(/\d+(?:\.\d+)?|[-+*/()^%]/g);
  if (!toks) return 'Usage: /calc 2*(3+4)';
  const prec = { '+': 1, '-': 1, '*': 2, '/': 2, '%': 2, '^': 3 }, out = [], ops = [];
  for (const t of toks) {
    if (/\d/.test(t)) out.push(parseFloat(t));
    else if (t === '(') ops.push(t);
    else if (t === ')') { while (ops.length && ops[ops.length - 1] !== '(') out.push(ops.pop()); ops.pop(); }
    else { while (ops.length && prec[ops[ops.length - 1]] >= prec[t] && t !== '^') out.push(ops.pop()); ops.push(t); }
  }
  while (ops.length) out.push(ops.pop());
  const st = [];
  for (const t of out) {
    if (typeof t === 'number') { st.push(t); continue; }
    const b = st.pop(), a = st.pop();
    st.push(t === '+' ? a + b : t === '-' ? a - b : t === '*' ? a * b : t === '/' ? a / b : t === '%' ? a % b : Math.pow(a, b));
  }
  return st.length === 1 && isFinite(st[0]) ? String(st[0]) : 'Could not evaluate: ' + expr;
}
module.exports = { calc };
