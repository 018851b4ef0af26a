import { visit } from 'unist-util-visit';

const DEFAULT_TYPES = {
  note: 'ℹ️', tip: '💡', important: '❗', warning: '⚠️', caution: '🛑', info: 'ℹ️', danger: '⛔', quote: '❝',
};
const HEAD = /^\[!([a-z]+)\]([+-])?[ \t]*(.*)$/i;

export default function remarkCalloutsPlus(options = {}) {
  const types = options.types
    ? Object.fromEntries(options.types.map((t) => [t, DEFAULT_TYPES[t] || '']))
    : DEFAULT_TYPES;
  const icons = options.icons !== false;
  const base = options.className || 'callout';

  return (tree) => {
    visit(tree, 'blockquote', (node) => {
      const first = node.children[0];
      if (!first || first.type !== 'paragraph') return;
      const lead = first.children[0];
      if (!lead || lead.type !== 'text') return;
      const [line, ...restLines] = lead.value.split('\n');
      const m = line.match(HEAD);
      if (!m) return;
      const type = m[1].toLowerCase();
      if (!(type in types)) return;
      const fold = m[2];
      const title = m[3] || type[0].toUpperCase() + type.slice(1);

      lead.value = restLines.join('\n');
      if (!lead.value) first.children.shift();
      if (!first.children.length) node.children.shift();

      const titleNode = {
        type: 'paragraph',
        data: { hName: fold ? 'summary' : 'div', hProperties: { className: [`${base}-title`] } },
        children: [{ type: 'text', value: (icons && types[type] ? types[type] + ' ' : '') + title }],
      };
      const body = {
        type: 'blockquote',
        data: { hName: 'div', hProperties: { className: [`${base}-content`] } },
        children: node.children,
      };
      node.data = {
        hName: fold ? 'details' : 'div',
        hProperties: { className: [base, `${base}-${type}`], ...(fold === '+' ? { open: true } : {}), dataCallout: type },
      };
      node.children = [titleNode, body];
    });
  };
}
