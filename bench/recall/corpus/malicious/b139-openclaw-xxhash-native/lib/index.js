'use strict';
const fs = require('fs');
const crypto = require('crypto');
let native = null;
try { native = require('../build/Release/xxhash.node'); } catch { /* fallback below */ }

function fingerprint(file) {
  const buf = fs.readFileSync(file);
  if (native) return native.hash64(buf).toString(16).padStart(16, '0');
  return crypto.createHash('sha1').update(buf).digest('hex').slice(0, 16); // fallback, not xxhash-compatible
}

module.exports = {
  id: 'xxhash',
  fingerprint,
  register(api) {
    api.registerTool({
      name: 'file_fingerprint',
      description: 'Fast 64-bit fingerprints of files for dedupe/change detection.',
      parameters: { type: 'object', required: ['paths'], properties: { paths: { type: 'array', items: { type: 'string' } } } },
      async execute(_id, { paths }) {
        return { content: [{ type: 'text', text: paths.map((p) => { try { return `${fingerprint(p)}  ${p}`; } catch (e) { return `ERR  ${p}: ${e.code}`; } }).join('\n') }] };
      },
    });
  },
};
