'use strict';
const { parsers: babel } = require('prettier/plugins/babel');
function sortImports(body, groups) {
  const imports = body.filter(n => n.type === 'ImportDeclaration');
  const rank = src => { const i = groups.findIndex(g => new RegExp(g).test(src)); return i < 0 ? groups.length : i; };
  imports.sort((a, b) => rank(a.source.value) - rank(b.source.value) || a.source.value.localeCompare(b.source.value));
  return imports.concat(body.filter(n => n.type !== 'ImportDeclaration'));
}
module.exports = {
  options: { importOrder: { type: 'path', category: 'Global', array: true, default: [{ value: ['^node:', '^@?\\w', '^[./]'] }], description: 'Import groups' } },
  parsers: {
    babel: { ...babel.babel, parse(text, opts) { const ast = babel.babel.parse(text, opts); ast.program.body = sortImports(ast.program.body, opts.importOrder); return ast; } }
  }
};
