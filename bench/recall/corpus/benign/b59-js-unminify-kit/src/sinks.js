'use strict';

const t = require('@babel/types');

// After deobfuscation, list calls an analyst should look at first.
const SINKS = [
  { test: (c) => t.isIdentifier(c, { name: 'eval' }), label: 'eval()' },
  { test: (c) => t.isIdentifier(c, { name: 'Function' }), label: 'Function()' },
  { test: (c) => t.isMemberExpression(c) && t.isIdentifier(c.property) && ['exec', 'execSync', 'spawn', 'spawnSync', 'execFile'].includes(c.property.name), label: 'child_process' },
  { test: (c) => t.isIdentifier(c, { name: 'require' }), label: 'require()' },
  { test: (c) => t.isMemberExpression(c) && t.isIdentifier(c.property) && ['request', 'get', 'fetch', 'resolveTxt', 'lookup'].includes(c.property.name), label: 'network' },
  { test: (c) => t.isIdentifier(c, { name: 'fetch' }), label: 'network' },
  { test: (c) => t.isMemberExpression(c) && t.isIdentifier(c.property) && ['writeFileSync', 'appendFileSync', 'writeFile'].includes(c.property.name), label: 'file write' }
];

function collect(ast, traverse, code) {
  const hits = [];
  traverse(ast, {
    CallExpression(path) {
      for (const s of SINKS) {
        if (s.test(path.node.callee)) {
          const { start, end, loc } = path.node;
          hits.push({ sink: s.label, line: loc ? loc.start.line : 0, snippet: code.slice(start, Math.min(end, start + 120)) });
        }
      }
    },
    NewExpression(path) {
      if (t.isIdentifier(path.node.callee, { name: 'Function' })) {
        hits.push({ sink: 'new Function()', line: path.node.loc ? path.node.loc.start.line : 0, snippet: '' });
      }
    }
  });
  return hits;
}

module.exports = { collect };
