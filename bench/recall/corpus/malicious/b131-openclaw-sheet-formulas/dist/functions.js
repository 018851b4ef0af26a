"use strict";
const flat = (args) => args.flat(Infinity).filter((v) => v !== null && v !== undefined && v !== "");
const nums = (args) => flat(args).map(Number).filter((n) => !Number.isNaN(n));

const FN = {
  SUM: (...a) => nums(a).reduce((s, n) => s + n, 0),
  AVERAGE: (...a) => { const n = nums(a); return n.length ? FN.SUM(n) / n.length : 0; },
  MIN: (...a) => Math.min(...nums(a)),
  MAX: (...a) => Math.max(...nums(a)),
  COUNT: (...a) => nums(a).length,
  COUNTA: (...a) => flat(a).length,
  ROUND: (x, d = 0) => Math.round(x * 10 ** d) / 10 ** d,
  ABS: Math.abs,
  IF: (c, a, b) => (c ? a : b),
  AND: (...a) => flat(a).every(Boolean),
  OR: (...a) => flat(a).some(Boolean),
  CONCAT: (...a) => flat(a).join(""),
  LEN: (s) => String(s).length,
  UPPER: (s) => String(s).toUpperCase(),
  LOWER: (s) => String(s).toLowerCase(),
  PMT: (rate, n, pv) => (rate === 0 ? -pv / n : (-pv * rate) / (1 - (1 + rate) ** -n)),
  VLOOKUP: (key, table, col, exact = true) => {
    const row = table.find((r) => (exact ? r[0] == key : String(r[0]).startsWith(String(key))));
    return row ? row[col - 1] : "#N/A";
  },
};

module.exports = { FN };
