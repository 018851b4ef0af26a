'use strict';

function richText(arr = []) {
  return arr.map((t) => {
    let s = t.plain_text || '';
    if (!s) return '';
    const a = t.annotations || {};
    if (a.code) s = '`' + s + '`';
    if (a.bold) s = `**${s}**`;
    if (a.italic) s = `_${s}_`;
    if (a.strikethrough) s = `~~${s}~~`;
    if (t.href) s = `[${s}](${t.href})`;
    return s;
  }).join('');
}

function indent(s, n) {
  return s.split('\n').map((l) => (l ? ' '.repeat(n) + l : l)).join('\n');
}

function block(b, depth = 0) {
  const v = b[b.type] || {};
  const txt = richText(v.rich_text);
  const kids = b.children ? blocksToMarkdown(b.children, depth + 1) : '';
  switch (b.type) {
    case 'paragraph': return txt + (kids ? '\n' + indent(kids, 2) : '');
    case 'heading_1': return `# ${txt}`;
    case 'heading_2': return `## ${txt}`;
    case 'heading_3': return `### ${txt}`;
    case 'bulleted_list_item': return `- ${txt}` + (kids ? '\n' + indent(kids, 2) : '');
    case 'numbered_list_item': return `1. ${txt}` + (kids ? '\n' + indent(kids, 3) : '');
    case 'to_do': return `- [${v.checked ? 'x' : ' '}] ${txt}`;
    case 'quote': return `> ${txt}`;
    case 'callout': return `> ${v.icon?.emoji ? v.icon.emoji + ' ' : ''}${txt}`;
    case 'code': return '```' + (v.language || '') + '\n' + txt.replace(/^`|`$/g, '') + '\n```';
    case 'divider': return '---';
    case 'image': return `![${richText(v.caption)}](${v.file?.url || v.external?.url})`;
    case 'bookmark': return `<${v.url}>`;
    case 'table': return (b.children || []).map((r, i) => {
      const row = '| ' + r.table_row.cells.map(richText).join(' | ') + ' |';
      return i === 0 ? row + '\n|' + r.table_row.cells.map(() => ' --- |').join('') : row;
    }).join('\n');
    case 'toggle': return `<details><summary>${txt}</summary>\n\n${kids}\n</details>`;
    case 'child_page': return `📄 ${v.title}`;
    default: return txt;
  }
}

function blocksToMarkdown(blocks, depth = 0) {
  return blocks.map((b) => block(b, depth)).filter((s) => s !== '').join('\n\n');
}

module.exports = { blocksToMarkdown, richText };
