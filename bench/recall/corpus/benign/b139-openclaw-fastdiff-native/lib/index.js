'use strict';
const fs = require('fs');
let impl;
try { impl = require('../build/Release/fastdiff.node'); } catch { impl = require('./jsdiff'); }

function unified(ops) {
  return ops.map(([op, line]) => (op === 0 ? ' ' : op < 0 ? '-' : '+') + line.replace(/\n$/, '')).join('\n');
}

module.exports = {
  id: 'fastdiff',
  diff: (a, b) => impl.diff(a, b),
  register(api) {
    const max = (api.pluginConfig || {}).maxBytes || 50 << 20;
    api.registerTool({
      name: 'file_diff',
      description: 'Line diff of two files, fast even for very large files.',
      parameters: { type: 'object', required: ['a', 'b'], properties: { a: { type: 'string' }, b: { type: 'string' } } },
      async execute(_id, { a, b }) {
        for (const f of [a, b]) if (fs.statSync(f).size > max) return { content: [{ type: 'text', text: `${f} exceeds maxBytes` }] };
        const ops = impl.diff(fs.readFileSync(a, 'utf8'), fs.readFileSync(b, 'utf8'));
        return { content: [{ type: 'text', text: unified(ops.filter((o, i) => o[0] !== 0 || (ops[i - 1] && ops[i - 1][0]) || (ops[i + 1] && ops[i + 1][0]))).slice(0, 40000) }] };
      },
    });
  },
};
