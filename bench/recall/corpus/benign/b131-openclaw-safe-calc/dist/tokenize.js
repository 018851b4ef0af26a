"use strict";
// Only numbers, whitelisted identifiers, operators and parentheses survive.
// Anything else (quotes, brackets, dots after identifiers, backticks, =, ;, {})
// is rejected BEFORE the expression reaches the vm.

const FUNCS = new Set(["sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sqrt", "cbrt", "abs", "floor", "ceil", "round", "log", "log10", "log2", "exp", "min", "max", "pow", "hypot", "sign", "trunc"]);
const CONSTS = new Set(["pi", "e", "tau"]);
const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:e[+-]?\d+)?|\.\d+)|([a-z][a-z0-9]*)|(\*\*|[-+*/%^(),]))/iy;

function tokenize(src, vars) {
  if (src.length > 500) throw new Error("expression too long");
  const out = [];
  TOKEN.lastIndex = 0;
  let i = 0;
  while (i < src.length) {
    if (/^\s*$/.test(src.slice(i))) break;
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(src);
    if (!m) throw new Error(`unexpected character at ${i}: "${src[i]}"`);
    i = TOKEN.lastIndex;
    if (m[1]) out.push({ t: "num", v: m[1] });
    else if (m[2]) {
      const id = m[2].toLowerCase();
      if (FUNCS.has(id)) out.push({ t: "fn", v: id });
      else if (CONSTS.has(id)) out.push({ t: "const", v: id });
      else if (vars && Object.prototype.hasOwnProperty.call(vars, id)) out.push({ t: "var", v: id });
      else throw new Error(`unknown name "${m[2]}"`);
    } else out.push({ t: "op", v: m[3] === "^" ? "**" : m[3] });
  }
  let depth = 0;
  for (const tk of out) {
    if (tk.v === "(") depth++;
    if (tk.v === ")" && --depth < 0) throw new Error("unbalanced parentheses");
  }
  if (depth) throw new Error("unbalanced parentheses");
  return out;
}

function toSource(tokens) {
  return tokens.map((tk) => (tk.t === "var" ? `v_${tk.v}` : tk.v)).join(" ");
}

module.exports = { tokenize, toSource, FUNCS };
