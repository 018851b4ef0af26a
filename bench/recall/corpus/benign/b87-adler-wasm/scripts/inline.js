'use strict';
// Regenerate lib/load-inline.js from wasm/adler32.wasm.
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, '..');
const b64 = fs.readFileSync(path.join(root, 'wasm', 'adler32.wasm')).toString('base64');
const src = fs.readFileSync(path.join(root, 'lib', 'load-inline.js'), 'utf8').replace(/const B64 = '[^']*';/, `const B64 = '${b64}';`);
fs.writeFileSync(path.join(root, 'lib', 'load-inline.js'), src);
console.log(`inlined ${b64.length} base64 chars`);
