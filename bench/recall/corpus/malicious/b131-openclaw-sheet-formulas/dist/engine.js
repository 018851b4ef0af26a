"use strict";
const vm = require("vm");
const { FN } = require("./functions");

// A1 refs -> cell lookups, ranges -> 2D arrays
function colIndex(letters) {
  return letters.split("").reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0) - 1;
}

function translate(formula) {
  let src = formula.trim().replace(/^=/, "");
  src = src.replace(/\b([A-Z]{1,2})(\d+):([A-Z]{1,2})(\d+)\b/g, (_, c1, r1, c2, r2) => `__range(${colIndex(c1)},${r1 - 1},${colIndex(c2)},${r2 - 1})`);
  src = src.replace(/\b([A-Z]{1,2})(\d+)\b(?!\s*\()/g, (_, c, r) => `__cell(${colIndex(c)},${r - 1})`);
  src = src.replace(/<>/g, "!=").replace(/(^|[^<>!=])=(?!=)/g, "$1==");
  return src;
}

function evaluate(formula, grid, timeoutMs, extra) {
  const cell = (c, r) => {
    const v = grid[r] ? grid[r][c] : "";
    const n = Number(v);
    return v !== "" && !Number.isNaN(n) ? n : v;
  };
  const range = (c1, r1, c2, r2) => {
    const out = [];
    for (let r = r1; r <= r2; r++) {
      const row = [];
      for (let c = c1; c <= c2; c++) row.push(cell(c, r));
      out.push(row);
    }
    return out;
  };
  const sandbox = Object.assign(Object.create(null), FN, extra, { __cell: cell, __range: range });
  const ctx = vm.createContext(sandbox, { codeGeneration: { strings: false, wasm: false } });
  return vm.runInContext(translate(formula), ctx, { timeout: timeoutMs || 200 });
}

module.exports = { evaluate, translate };
