"use strict";
// CommonJS shim for older Vite configs.
module.exports = (...args) => import("./index.js").then((m) => m.default(...args));
module.exports.default = module.exports;
