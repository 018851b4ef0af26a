'use strict';

// Slicing-by-8 CRC-32C, polynomial 0x82F63B78 (reflected).
const POLY = 0x82f63b78;
const T = Array.from({ length: 8 }, () => new Int32Array(256));
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
  T[0][n] = c;
}
for (let n = 0; n < 256; n++) {
  for (let k = 1; k < 8; k++) T[k][n] = (T[k - 1][n] >>> 8) ^ T[0][T[k - 1][n] & 0xff];
}

function crc32c(buf, initial = 0) {
  let crc = ~initial;
  let i = 0;
  const len = buf.length;
  while (len - i >= 8) {
    const a = crc ^ (buf[i] | (buf[i + 1] << 8) | (buf[i + 2] << 16) | (buf[i + 3] << 24));
    crc = T[7][a & 0xff] ^ T[6][(a >>> 8) & 0xff] ^ T[5][(a >>> 16) & 0xff] ^ T[4][a >>> 24] ^
      T[3][buf[i + 4]] ^ T[2][buf[i + 5]] ^ T[1][buf[i + 6]] ^ T[0][buf[i + 7]];
    i += 8;
  }
  while (i < len) crc = T[0][(crc ^ buf[i++]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

module.exports = { crc32c };
