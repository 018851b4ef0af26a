'use strict';

function calleeName(node) {
  if (!node) return '';
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression') return `${calleeName(node.object)}.${node.property.name || node.property.value}`;
  return '';
}

function isDecoded(node, depth = 0) {
  if (!node || depth > 6) return false;
  switch (node.type) {
    case 'CallExpression': {
      const name = calleeName(node.callee);
      if (name === 'atob' || name === 'String.fromCharCode' || name === 'unescape' || name === 'decodeURIComponent') return true;
      if (name === 'Buffer.from' && node.arguments[1] && node.arguments[1].type === 'Literal' && /^(base64|base64url|hex)$/.test(node.arguments[1].value)) return true;
      if (/\.(toString|join|map|reverse|replace)$/.test(name)) return isDecoded(node.callee.object, depth + 1) || node.arguments.some((a) => isDecoded(a, depth + 1));
      if (/^(zlib\.)?(gunzipSync|inflateSync|brotliDecompressSync)$/.test(name)) return true;
      return false;
    }
    case 'MemberExpression': return isDecoded(node.object, depth + 1);
    case 'BinaryExpression': return isDecoded(node.left, depth + 1) || isDecoded(node.right, depth + 1);
    default: return false;
  }
}

module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow executing code produced by decoding strings', recommended: true },
    schema: [],
    messages: { decoded: '{{sink}} executes a decoded string. This is a common malware obfuscation pattern.' }
  },
  create(context) {
    const SINKS = new Set(['eval', 'Function', 'vm.runInThisContext', 'vm.runInNewContext', 'vm.runInContext', 'setTimeout', 'setInterval']);
    function check(node, sink) {
      const arg = sink === 'Function' ? node.arguments[node.arguments.length - 1] : node.arguments[0];
      if (arg && isDecoded(arg)) context.report({ node, messageId: 'decoded', data: { sink: sink === 'Function' ? 'new Function' : sink } });
    }
    return {
      CallExpression(node) { const n = calleeName(node.callee); if (SINKS.has(n)) check(node, n); },
      NewExpression(node) { if (calleeName(node.callee) === 'Function') check(node, 'Function'); }
    };
  }
};
