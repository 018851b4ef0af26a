"use strict";
const fs = require("node:fs");
const path = require("node:path");

const TYPES = {
  int: (v) => /^-?\d+$/.test(v),
  num: (v) => !Number.isNaN(Number(v)),
  bool: (v) => /^(true|false|1|0|yes|no)$/i.test(v),
  url: (v) => {
    try {
      new URL(v);
      return true;
    } catch {
      return false;
    }
  },
  str: () => true,
};

function findSchema(dir) {
  let d = dir;
  for (;;) {
    const f = path.join(d, ".env.schema");
    if (fs.existsSync(f)) return f;
    const up = path.dirname(d);
    if (up === d) return null;
    d = up;
  }
}

function parse(src) {
  const out = [];
  for (const line of src.split(/\r?\n/)) {
    const m = /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*(\w+)(\(([^)]*)\))?([!?])?(.*)$/.exec(line);
    if (!m) continue;
    out.push({ name: m[1], type: m[2], args: m[4] ? m[4].split(",") : [], required: m[5] === "!", dflt: m[6] || undefined });
  }
  return out;
}

function validate(rules, env, extra = {}) {
  const problems = [];
  for (const r of rules) {
    let v = env[r.name];
    if (v === undefined && r.dflt !== undefined) env[r.name] = v = r.dflt;
    if (v === undefined) {
      if (r.required) problems.push(`${r.name} is required`);
      continue;
    }
    const check = r.type === "enum" ? (x) => r.args.includes(x) : TYPES[r.type] || extra[r.type];
    if (check && !check(v)) problems.push(`${r.name} is not a valid ${r.type}`);
  }
  return problems;
}

module.exports = { findSchema, parse, validate };
