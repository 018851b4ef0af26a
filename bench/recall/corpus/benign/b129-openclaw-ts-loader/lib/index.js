"use strict";
// Transpile-only TypeScript require hook. Types are NOT checked (run `tsc --noEmit` for that).
const Module = require("module");
const fs = require("fs");
const path = require("path");
const cache = require("./cache");

const EXTS = [".ts", ".tsx", ".cts"];
let ts;

function compilerOptions(filename) {
  return {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    esModuleInterop: true,
    jsx: filename.endsWith(".tsx") ? ts.JsxEmit.React : undefined,
    sourceMap: false,
    inlineSourceMap: true,
    inlineSources: true,
    isolatedModules: true,
    allowImportingTsExtensions: true,
    noEmit: false,
  };
}

function transpile(source, filename) {
  const k = cache.key(ts.version, filename, source);
  const hit = cache.get(k);
  if (hit !== undefined) return hit;
  const out = ts.transpileModule(source, { fileName: filename, compilerOptions: compilerOptions(filename), reportDiagnostics: true });
  const errs = (out.diagnostics || []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errs.length) {
    const msg = errs.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("\n");
    throw new SyntaxError(`${filename}: ${msg}`);
  }
  cache.set(k, out.outputText);
  return out.outputText;
}

/**
 * Install the hook. Files under node_modules are skipped unless `ignore` says otherwise.
 * Returns a function that uninstalls the hook and restores previous handlers.
 */
function register({ ignore = [/[\\/]node_modules[\\/]/] } = {}) {
  ts = ts || require("typescript");
  const previous = {};
  for (const ext of EXTS) {
    previous[ext] = Module._extensions[ext];
    Module._extensions[ext] = function (module, filename) {
      if (ignore.some((re) => re.test(filename))) {
        return (previous[ext] || Module._extensions[".js"])(module, filename);
      }
      const src = fs.readFileSync(filename, "utf8");
      module._compile(transpile(src, filename), filename);
    };
  }
  return function unregister() {
    for (const ext of EXTS) {
      if (previous[ext]) Module._extensions[ext] = previous[ext];
      else delete Module._extensions[ext];
    }
  };
}

module.exports = { register, transpile: (src, file = "input.ts") => { ts = ts || require("typescript"); return transpile(src, path.resolve(file)); } };
