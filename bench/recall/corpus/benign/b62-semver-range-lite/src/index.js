"use strict";

const RE = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

function parse(v) {
  const m = RE.exec(String(v).trim());
  if (!m) return null;
  return { major: +m[1], minor: +m[2], patch: +m[3], pre: m[4] ? m[4].split(".") : [] };
}

function cmpPre(a, b) {
  if (!a.length && !b.length) return 0;
  if (!a.length) return 1;
  if (!b.length) return -1;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === undefined) return -1;
    if (b[i] === undefined) return 1;
    const na = /^\d+$/.test(a[i]);
    const nb = /^\d+$/.test(b[i]);
    if (na && nb && +a[i] !== +b[i]) return +a[i] < +b[i] ? -1 : 1;
    if (na !== nb) return na ? -1 : 1;
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

function compare(a, b) {
  const x = typeof a === "string" ? parse(a) : a;
  const y = typeof b === "string" ? parse(b) : b;
  for (const k of ["major", "minor", "patch"]) if (x[k] !== y[k]) return x[k] < y[k] ? -1 : 1;
  return cmpPre(x.pre, y.pre);
}

function expand(part) {
  part = part.trim();
  const hy = /^(\S+)\s+-\s+(\S+)$/.exec(part);
  if (hy) return [[">=", hy[1]], ["<=", hy[2]]];
  return part.split(/\s+/).filter(Boolean).flatMap((tok) => {
    const m = /^(\^|~|>=|<=|>|<|=)?v?(\d+|x|\*)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?(-[\w.-]+)?$/.exec(tok);
    if (!m) throw new TypeError(`invalid comparator: ${tok}`);
    const [, op = "", M, mi, pa, pre = ""] = m;
    const X = (s) => s === undefined || s === "x" || s === "*";
    if (X(M)) return [[">=", "0.0.0"]];
    if (X(mi)) return [[">=", `${M}.0.0`], ["<", `${+M + 1}.0.0`]];
    if (X(pa)) return op === "^" && +M === 0 ? [[">=", `0.${mi}.0`], ["<", `0.${+mi + 1}.0`]] : op === "^" ? [[">=", `${M}.${mi}.0`], ["<", `${+M + 1}.0.0`]] : [[">=", `${M}.${mi}.0`], ["<", `${M}.${+mi + 1}.0`]];
    const v = `${M}.${mi}.${pa}${pre}`;
    if (op === "^") {
      if (+M > 0) return [[">=", v], ["<", `${+M + 1}.0.0`]];
      if (+mi > 0) return [[">=", v], ["<", `0.${+mi + 1}.0`]];
      return [[">=", v], ["<", `0.0.${+pa + 1}`]];
    }
    if (op === "~") return [[">=", v], ["<", `${M}.${+mi + 1}.0`]];
    return [[op || "=", v]];
  });
}

const OPS = { "=": (c) => c === 0, ">": (c) => c > 0, ">=": (c) => c >= 0, "<": (c) => c < 0, "<=": (c) => c <= 0 };

function satisfies(version, range) {
  const v = parse(version);
  if (!v) return false;
  return range.split("||").some((set) => expand(set).every(([op, ref]) => OPS[op](compare(v, ref))));
}

module.exports = { parse, compare, satisfies };
