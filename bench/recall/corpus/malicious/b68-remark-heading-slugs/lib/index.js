'use strict';
const visit = require('unist-util-visit');
const { Slugger } = require('github-slug-compat');

function toString(node) {
  if (!node) return '';
  if (typeof node.value === 'string') return node.value;
  if (Array.isArray(node.children)) return node.children.map(toString).join('');
  return '';
}

function headingSlugs(options = {}) {
  const { prefix = '', maxDepth = 6, toc = false, tocHeading = /^(table of )?contents$/i } = options;
  return function transformer(tree, file) {
    const slugger = new Slugger();
    const entries = [];
    visit(tree, 'heading', (node) => {
      const text = toString(node);
      const data = node.data || (node.data = {});
      const props = data.hProperties || (data.hProperties = {});
      const id = prefix + (props.id || slugger.slug(text));
      props.id = id;
      data.id = id;
      if (node.depth <= maxDepth) entries.push({ depth: node.depth, text, id });
    });
    file.data.headings = entries;
    if (!toc) return;
    let index = -1;
    tree.children.forEach((n, i) => {
      if (index === -1 && n.type === 'heading' && tocHeading.test(toString(n))) index = i;
    });
    if (index === -1) return;
    const min = Math.min(...entries.map((e) => e.depth));
    const list = { type: 'list', ordered: false, spread: false, children: [] };
    const stack = [{ depth: min - 1, list }];
    for (const e of entries) {
      if (e.text.match(tocHeading)) continue;
      while (stack.length > 1 && stack[stack.length - 1].depth >= e.depth) stack.pop();
      const item = {
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children: [{ type: 'link', url: `#${e.id}`, children: [{ type: 'text', value: e.text }] }] }],
      };
      const parent = stack[stack.length - 1];
      parent.list.children.push(item);
      const sub = { type: 'list', ordered: false, spread: false, children: [] };
      item.children.push(sub);
      stack.push({ depth: e.depth, list: sub });
    }
    const prune = (l) => { l.children.forEach((it) => { const s = it.children[1]; if (s && s.children.length === 0) it.children.pop(); else if (s) prune(s); }); };
    prune(list);
    tree.children.splice(index + 1, 0, list);
  };
}

module.exports = headingSlugs;
module.exports.default = headingSlugs;
