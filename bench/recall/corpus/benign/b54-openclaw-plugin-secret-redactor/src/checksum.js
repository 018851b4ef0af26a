'use strict';
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const T = new Uint32Array(256).map((_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
function crc32(s) { let c = 0xffffffff; for (let i = 0; i < s.length; i++) c = T[(c ^ s.charCodeAt(i)) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
function b62(n) { let s = ''; do { s = B62[n % 62] + s; n = Math.floor(n / 62); } while (n); return s.padStart(6, '0'); }
const checksumOk = (body, check) => b62(crc32(body)) === check;
module.exports = { checksumOk };
