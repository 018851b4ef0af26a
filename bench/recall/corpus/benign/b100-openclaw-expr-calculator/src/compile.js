'use strict';

// Safe math expression compiler.
// The input is tokenised and parsed by a strict recursive-descent parser; the
// generated JavaScript can only contain numeric literals, whitelisted Math
// functions/constants, declared variable reads, operators and parentheses.
// Only that generated source (never the raw input) is passed to new Function.

const FUNCS = {
  sin: 'Math.sin', cos: 'Math.cos', tan: 'Math.tan', asin: 'Math.asin', acos: 'Math.acos', atan: 'Math.atan',
  atan2: 'Math.atan2', sinh: 'Math.sinh', cosh: 'Math.cosh', tanh: 'Math.tanh', sqrt: 'Math.sqrt', cbrt: 'Math.cbrt',
  abs: 'Math.abs', exp: 'Math.exp', ln: 'Math.log', log: 'Math.log10', log2: 'Math.log2', floor: 'Math.floor',
  ceil: 'Math.ceil', round: 'Math.round', trunc: 'Math.trunc', sign: 'Math.sign', min: 'Math.min', max: 'Math.max',
  hypot: 'Math.hypot', pow: 'Math.pow'
};
const CONSTS = { pi: 'Math.PI', e: 'Math.E', tau: '(2*Math.PI)', phi: '((1+Math.sqrt(5))/2)' };
const MAX_LEN = 2000;

function tokenize(src) {
  if (src.length > MAX_LEN) throw new SyntaxError(`expression longer than ${MAX_LEN} characters`);
  const out = [];
  const re = /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(\*\*|[-+*/^%(),!]))/y;
  let m;
  let pos = 0;
  while (pos < src.length) {
    re.lastIndex = pos;
    m = re.exec(src);
    if (!m) {
      if (/^\s*$/.test(src.slice(pos))) break;
      throw new SyntaxError(`unexpected character at ${pos}: ${JSON.stringify(src[pos])}`);
    }
    pos = re.lastIndex;
    if (m[1] !== undefined) out.push({ t: 'num', v: m[1] });
    else if (m[2] !== undefined) out.push({ t: 'id', v: m[2] });
    else out.push({ t: 'op', v: m[3] === '**' ? '^' : m[3] });
  }
  return out;
}

function parse(tokens, vars) {
  let i = 0;
  const peek = () => tokens[i];
  const take = (v) => {
    const tk = tokens[i];
    if (!tk || (v && tk.v !== v)) throw new SyntaxError(`expected ${v || 'token'} at token ${i}`);
    i++;
    return tk;
  };

  function primary() {
    const tk = peek();
    if (!tk) throw new SyntaxError('unexpected end of expression');
    if (tk.t === 'num') {
      i++;
      return `(${Number(tk.v)})`;
    }
    if (tk.v === '(') {
      take('(');
      const e = expr();
      take(')');
      return `(${e})`;
    }
    if (tk.t === 'id') {
      i++;
      const name = tk.v.toLowerCase();
      if (peek() && peek().v === '(') {
        if (!FUNCS[name]) throw new SyntaxError(`unknown function ${tk.v}`);
        take('(');
        const args = [];
        if (peek() && peek().v !== ')') {
          args.push(expr());
          while (peek() && peek().v === ',') {
            take(',');
            args.push(expr());
          }
        }
        take(')');
        return `${FUNCS[name]}(${args.join(',')})`;
      }
      if (CONSTS[name] && !vars.includes(tk.v)) return CONSTS[name];
      if (!vars.includes(tk.v)) throw new SyntaxError(`unknown variable ${tk.v}`);
      return `v[${JSON.stringify(tk.v)}]`;
    }
    throw new SyntaxError(`unexpected ${tk.v}`);
  }

  function postfix() {
    let e = primary();
    while (peek() && peek().v === '!') {
      take('!');
      e = `fact(${e})`;
    }
    return e;
  }

  function unary() {
    if (peek() && (peek().v === '-' || peek().v === '+')) {
      const op = take().v;
      return `(${op}${unary()})`;
    }
    return postfix();
  }

  function power() {
    const base = unary();
    if (peek() && peek().v === '^') {
      take('^');
      return `Math.pow(${base},${power()})`;
    }
    return base;
  }

  function term() {
    let e = power();
    while (peek() && ['*', '/', '%'].includes(peek().v)) e = `(${e}${take().v}${power()})`;
    return e;
  }

  function expr() {
    let e = term();
    while (peek() && ['+', '-'].includes(peek().v)) e = `(${e}${take().v}${term()})`;
    return e;
  }

  const out = expr();
  if (i !== tokens.length) throw new SyntaxError(`unexpected ${tokens[i].v}`);
  return out;
}

function fact(n) {
  if (n < 0 || !Number.isInteger(n)) return NaN;
  if (n > 170) return Infinity;
  let r = 1;
  for (let k = 2; k <= n; k++) r *= k;
  return r;
}

function compile(source, vars = []) {
  for (const v of vars) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(v)) throw new SyntaxError(`bad variable name ${v}`);
  const js = parse(tokenize(String(source)), vars);
  // eslint-disable-next-line no-new-func
  const fn = new Function('Math', 'fact', 'v', `"use strict"; return ${js};`);
  const evaluate = (scope = {}) => fn(Math, fact, scope);
  evaluate.js = js;
  return evaluate;
}

module.exports = { compile, tokenize };
