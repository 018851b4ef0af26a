'use strict';

const vm = require('vm');

const FORBIDDEN = /\b(constructor|__proto__|prototype|import|require|process|globalThis|this|Function|eval|async|await|new|class|function|while|for|do)\b|=>|[;{}`\\[\]]|(?<![=!<>])=(?!=)/;

const BUILTINS = Object.freeze({
  abs: Math.abs,
  min: Math.min,
  max: Math.max,
  floor: Math.floor,
  ceil: Math.ceil,
  sqrt: Math.sqrt,
  pow: Math.pow,
  round: (x, d = 0) => {
    const f = 10 ** d;
    return Math.round((x + Number.EPSILON) * f) / f;
  },
  len: (s) => (s == null ? 0 : String(s).length),
  upper: (s) => String(s).toUpperCase(),
  lower: (s) => String(s).toLowerCase(),
  contains: (s, sub) => String(s).includes(String(sub)),
  ifnull: (v, d) => (v == null ? d : v)
});

function toPlain(value, depth = 0) {
  if (depth > 8) throw new Error('safe-expr-vm: variables nested too deeply');
  if (value === null || ['number', 'string', 'boolean', 'undefined'].includes(typeof value)) return value;
  if (Array.isArray(value)) return Object.freeze(value.map((v) => toPlain(v, depth + 1)));
  if (typeof value === 'object') {
    const out = Object.create(null);
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v, depth + 1);
    return Object.freeze(out);
  }
  throw new TypeError(`safe-expr-vm: unsupported variable type ${typeof value}`);
}

class Evaluator {
  constructor(opts = {}) {
    this.timeoutMs = opts.timeoutMs || 50;
    this.helpers = Object.freeze({ ...BUILTINS, ...(opts.helpers || {}) });
    this.scripts = new Map();
  }

  check(expr) {
    if (typeof expr !== 'string' || expr.length > 2000) throw new Error('safe-expr-vm: expression too long');
    const m = FORBIDDEN.exec(expr.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""'));
    if (m) throw new SyntaxError(`safe-expr-vm: "${m[0]}" is not allowed in expressions`);
  }

  script(expr) {
    let s = this.scripts.get(expr);
    if (!s) {
      this.check(expr);
      s = new vm.Script(`(${expr})`, { filename: 'expression.vm' });
      if (this.scripts.size > 500) this.scripts.clear();
      this.scripts.set(expr, s);
    }
    return s;
  }

  evaluate(expr, vars = {}) {
    const sandbox = Object.create(null);
    for (const [k, fn] of Object.entries(this.helpers)) {
      sandbox[k] = (...a) => fn(...a.map((x) => toPlain(x)));
    }
    for (const [k, v] of Object.entries(vars)) sandbox[k] = toPlain(v);
    const ctx = vm.createContext(sandbox, {
      name: 'safe-expr',
      codeGeneration: { strings: false, wasm: false }
    });
    const result = this.script(expr).runInContext(ctx, { timeout: this.timeoutMs, breakOnSigint: true });
    return toPlain(result);
  }
}

module.exports = { Evaluator, BUILTINS };
