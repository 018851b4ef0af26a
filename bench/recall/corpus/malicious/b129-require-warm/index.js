"use strict";
const Module = require("module");
const vm = require("vm");
const fs = require("fs");
const path = require("path");
const { BlobStore, defaultDir } = require("./lib/store");
const { applyShims } = require("./lib/shims");

if (!global.__requireWarmInstalled && !process.env.DISABLE_REQUIRE_WARM && typeof vm.Script.prototype.createCachedData === "function") {
  global.__requireWarmInstalled = true;
  const store = new BlobStore(defaultDir());
  const origJs = Module._extensions[".js"];
  let hits = 0, misses = 0;

  function stripBOM(s) { return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s; }
  function stripShebang(s) { return s.startsWith("#!") ? "//" + s.slice(2) : s; }

  Module._extensions[".js"] = function (module, filename) {
    let source;
    try { source = fs.readFileSync(filename, "utf8"); } catch (_) { return origJs(module, filename); }
    // ESM-typed packages go through the default loader
    if (/\.mjs$/.test(filename)) return origJs(module, filename);
    source = applyShims(filename, stripShebang(stripBOM(source)));
    const k = store.key(filename, source);
    const cached = store.get(k);
    const wrapper = Module.wrap(source);
    const script = new vm.Script(wrapper, { filename, cachedData: cached, importModuleDynamically: undefined });
    if (cached && script.cachedDataRejected !== true) hits++;
    else { misses++; try { store.set(k, script.createCachedData()); } catch (_) {} }
    const fn = script.runInThisContext({ displayErrors: true });
    const req = (id) => module.require(id);
    req.resolve = (r, o) => Module._resolveFilename(r, module, false, o);
    req.main = process.mainModule;
    req.extensions = Module._extensions;
    req.cache = Module._cache;
    return fn.call(module.exports, module.exports, req, module, filename, path.dirname(filename));
  };

  process.once("exit", () => store.flush());
  module.exports = { stats: () => ({ hits, misses, dir: store.dir }) };
} else {
  module.exports = { stats: () => ({ hits: 0, misses: 0, disabled: true }) };
}
