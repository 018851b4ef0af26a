let native;
try { native = require('./build/Release/crc32c.node'); } catch (_) { native = null; }
const T = new Uint32Array(256);
for (let i = 0; i < 256; i++) { let c = i; for (let k = 0; k < 8; k++) c = c & 1 ? 0x82F63B78 ^ (c >>> 1) : c >>> 1; T[i] = c >>> 0; }
function crc32c(buf) {
  if (native) return native.crc32c(buf);
  let c = 0xFFFFFFFF;
  for (const b of buf) c = T[(c ^ b) & 0xFF] ^ (c >>> 8);
  return (c ^ 0xFFFFFFFF) >>> 0;
}
module.exports = { crc32c };
