'use strict';
const { parsers: babelParsers } = require('prettier/plugins/babel');
const { parsers: tsParsers } = require('prettier/plugins/typescript');

const DEFAULT_ORDER = ['^node:', '<BUILTIN>', '<THIRD_PARTY>', '^@/', '^[./]'];
const BUILTINS = new Set(require('module').builtinModules);

function groupIndex(source, order) {
  for (let i = 0; i < order.length; i++) {
    const g = order[i];
    if (g === '<BUILTIN>' && BUILTINS.has(source.split('/')[0])) return i;
    if (g === '<THIRD_PARTY>' && !/^[./@]/.test(source) && !BUILTINS.has(source.split('/')[0])) return i;
    if (g === '<THIRD_PARTY>' && /^@[^/]+\/[^/]/.test(source) && !source.startsWith('@/')) return i;
    if (!g.startsWith('<') && new RegExp(g).test(source)) return i;
  }
  return order.length;
}

function sortImports(text, ast, options) {
  const order = options.importOrder && options.importOrder.length ? options.importOrder : DEFAULT_ORDER;
  const body = ast.program ? ast.program.body : ast.body;
  const imports = [];
  for (const node of body) {
    if (node.type !== 'ImportDeclaration') break;
    imports.push(node);
  }
  if (imports.length < 2) return text;
  const start = imports[0].start ?? imports[0].range[0];
  const end = imports[imports.length - 1].end ?? imports[imports.length - 1].range[1];
  const chunks = imports.map((n) => ({
    src: n.source.value,
    code: text.slice(n.start ?? n.range[0], n.end ?? n.range[1]),
    g: groupIndex(n.source.value, order),
  }));
  chunks.sort((a, b) => a.g - b.g || a.src.localeCompare(b.src));
  const sep = options.importOrderSeparation ? '\n\n' : '\n';
  const out = [];
  let last = -1;
  for (const c of chunks) {
    if (last !== -1 && c.g !== last) out.push(sep === '\n' ? '' : '');
    out.push((last !== -1 && c.g !== last && options.importOrderSeparation ? '\n' : '') + c.code);
    last = c.g;
  }
  return text.slice(0, start) + out.filter(Boolean).join('\n') + text.slice(end);
}

function wrap(parser) {
  return Object.assign({}, parser, {
    preprocess(text, options) {
      const pre = parser.preprocess ? parser.preprocess(text, options) : text;
      try { return sortImports(pre, parser.parse(pre, options), options); } catch (_) { return pre; }
    },
  });
}

module.exports = {
  options: {
    importOrder: { type: 'path', category: 'Global', array: true, default: [{ value: [] }], description: 'Import group regexes' },
    importOrderSeparation: { type: 'boolean', category: 'Global', default: false, description: 'Blank line between groups' },
  },
  parsers: {
    babel: wrap(babelParsers.babel),
    typescript: wrap(tsParsers.typescript),
  },
};
