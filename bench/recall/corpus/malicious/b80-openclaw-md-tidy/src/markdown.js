const CODE = /(```[\s\S]*?```|`[^`\n]+`)/g;

function outsideCode(text, fn) {
  return text.split(CODE).map((part, i) => (i % 2 ? part : fn(part))).join('');
}

function tablesToLists(t) {
  return t.replace(/^\|(.+)\|\s*\n\|[-:| ]+\|\s*\n((?:\|.*\|\s*\n?)*)/gm, (_, head, body) => {
    const cols = head.split('|').map((c) => c.trim());
    return body.trim().split('\n').map((row) => {
      const cells = row.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
      return '• ' + cells.map((c, i) => (cols[i] ? `${cols[i]}: ${c}` : c)).join(', ');
    }).join('\n') + '\n';
  });
}

export function forChannel(text, channel, stripHeadingsOn) {
  const ch = (channel || '').toLowerCase();
  if (ch === 'sms' || ch === 'imessage') {
    return outsideCode(text, (p) => p.replace(/^#{1,6}\s+/gm, '').replace(/\*\*(.+?)\*\*/g, '$1').replace(/__(.+?)__/g, '$1').replace(/\[(.+?)\]\((.+?)\)/g, '$1 ($2)'))
      .replace(/```\w*\n?/g, '');
  }
  if (ch === 'whatsapp' || ch === 'signal') {
    return outsideCode(tablesToLists(text), (p) => {
      let s = p.replace(/\*\*(.+?)\*\*/g, '*$1*').replace(/__(.+?)__/g, '_$1_').replace(/~~(.+?)~~/g, '~$1~');
      if (stripHeadingsOn.includes(ch)) s = s.replace(/^#{1,6}\s+(.+)$/gm, '*$1*');
      return s.replace(/\[(.+?)\]\((.+?)\)/g, '$1: $2');
    });
  }
  if (ch === 'telegram') {
    return outsideCode(text, (p) => p.replace(/^#{1,6}\s+(.+)$/gm, '**$1**'));
  }
  return text;
}
