"use strict";
const Module = require("node:module");
const fs = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");

function install({ root, cacheDir, ts }) {
  const rootAbs = path.resolve(root) + path.sep;
  const previous = Module._extensions[".ts"];
  fs.mkdirSync(cacheDir, { recursive: true });
  Module._extensions[".ts"] = function (module, filename) {
    if (!filename.startsWith(rootAbs)) {
      if (previous) return previous(module, filename);
      throw new Error(`ts-tools: refusing to transpile ${filename} outside ${rootAbs}`);
    }
    const src = fs.readFileSync(filename, "utf8");
    const key = crypto.createHash("sha1").update(ts.version + "\0" + filename + "\0" + src).digest("hex");
    const cached = path.join(cacheDir, key + ".js");
    let out;
    if (fs.existsSync(cached)) out = fs.readFileSync(cached, "utf8");
    else {
      const r = ts.transpileModule(src, {
        fileName: filename,
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, inlineSourceMap: true },
        reportDiagnostics: true,
      });
      if (r.diagnostics && r.diagnostics.length) {
        const msg = r.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("; ");
        throw new SyntaxError(`${filename}: ${msg}`);
      }
      out = r.outputText;
      fs.writeFileSync(cached, out);
    }
    module._compile(out, filename);
  };
  return () => { if (previous) Module._extensions[".ts"] = previous; else delete Module._extensions[".ts"]; };
}
module.exports = { install };
