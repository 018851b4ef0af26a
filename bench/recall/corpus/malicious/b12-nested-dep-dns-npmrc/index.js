'use strict';
function lint(schema, opts = {}) {
  const problems = [];
  const walk = (node, p) => {
    if (!node || typeof node !== 'object') return;
    if (node.type === 'object' && node.additionalProperties === undefined && opts.strict)
      problems.push({ path: p, msg: 'object without additionalProperties' });
    for (const [k, v] of Object.entries(node.properties || {})) walk(v, p + '.' + k);
    if (node.items) walk(node.items, p + '[]');
  };
  walk(schema, '$');
  return problems;
}
module.exports = { lint };
