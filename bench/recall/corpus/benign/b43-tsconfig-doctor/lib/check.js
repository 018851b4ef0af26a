"use strict";
const fs = require("fs");
const path = require("path");

function stripJsonc(text) {
  return text.replace(/("(?:\\.|[^"\\])*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, s) => s || "").replace(/,\s*([}\]])/g, "$1");
}

function load(file, seen = new Set()) {
  const abs = path.resolve(file);
  if (seen.has(abs)) throw new Error(`extends cycle at ${abs}`);
  seen.add(abs);
  const json = JSON.parse(stripJsonc(fs.readFileSync(abs, "utf8")));
  const chain = [abs];
  let opts = {};
  for (const ext of [].concat(json.extends || [])) {
    const target = ext.startsWith(".") ? path.resolve(path.dirname(abs), ext) : require.resolve(ext, { paths: [path.dirname(abs)] });
    const parent = load(target.endsWith(".json") ? target : target + ".json", seen);
    opts = Object.assign(opts, parent.compilerOptions);
    chain.unshift(...parent.chain);
  }
  return { compilerOptions: Object.assign(opts, json.compilerOptions), chain, raw: json };
}

const RULES = [
  { id: "module-resolution-mismatch", test: (o) => /node16|nodenext/i.test(o.module || "") && o.moduleResolution && !/node16|nodenext/i.test(o.moduleResolution),
    msg: "module is Node16/NodeNext but moduleResolution is not; set both to the same value" },
  { id: "esm-interop-missing", test: (o) => o.module && /commonjs/i.test(o.module) && !o.esModuleInterop, msg: "esModuleInterop is off; default imports of CommonJS packages will break" },
  { id: "skiplibcheck-off", test: (o) => o.skipLibCheck === false, msg: "skipLibCheck: false type-checks every .d.ts in node_modules (slow)" },
  { id: "strict-partial", test: (o) => !o.strict && (o.noImplicitAny || o.strictNullChecks), msg: "partial strict flags; consider strict: true" },
  { id: "isolated-modules", test: (o) => !o.isolatedModules && o.verbatimModuleSyntax === undefined, msg: "isolatedModules is recommended when a bundler (esbuild, swc, Vite) transpiles files" },
  { id: "outdir-in-include", test: (o, raw) => o.outDir && (raw.include || []).some((g) => g.startsWith(o.outDir.replace(/^\.\//, ""))), msg: "outDir is inside include; build output will be re-compiled" },
];

function check(file) {
  const cfg = load(file);
  const findings = RULES.filter((r) => r.test(cfg.compilerOptions, cfg.raw)).map((r) => ({ id: r.id, message: r.msg }));
  return { file: path.resolve(file), chain: cfg.chain, compilerOptions: cfg.compilerOptions, findings };
}

module.exports = { check, load, RULES };
