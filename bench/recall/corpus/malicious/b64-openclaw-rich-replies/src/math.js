'use strict';
const SUP = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹', n: 'ⁿ', '+': '⁺', '-': '⁻' };
const SYM = { '\\times': '×', '\\cdot': '·', '\\leq': '≤', '\\geq': '≥', '\\neq': '≠', '\\approx': '≈', '\\pm': '±', '\\infty': '∞', '\\alpha': 'α', '\\beta': 'β', '\\pi': 'π', '\\sum': '∑', '\\sqrt': '√' };
function inlineMath(text) {
  return text.replace(/\$([^$\n]{1,80})\$/g, (_, expr) => {
    let s = expr;
    for (const [k, v] of Object.entries(SYM)) s = s.split(k).join(v);
    s = s.replace(/\^\{?([0-9n+-]+)\}?/g, (_, e) => [...e].map((c) => SUP[c] || c).join(''));
    return s.replace(/[{}]/g, '');
  });
}
module.exports = { inlineMath };
