'use strict';

function needsQuotes(v) {
  return /[\s#"'`$]/.test(v) || v === '';
}

function printPair(n) {
  let v = n.value;
  if (n.quote) v = n.quote + v + n.quote;
  else if (needsQuotes(v) && v !== '') v = '"' + v.replace(/"/g, '\\"') + '"';
  const line = `${n.exported ? 'export ' : ''}${n.key}=${v}${n.trailing ? ' ' + n.trailing : ''}`;
  return [...n.comments, line].join('\n');
}

function print(path, options) {
  const node = path.getValue();
  if (node.type !== 'root') return '';
  const groups = node.groups.map((g) => {
    const items = options.dotenvSort
      ? [...g].sort((a, b) => (a.key || a.text).localeCompare(b.key || b.text))
      : g;
    return items.map((n) => (n.type === 'pair' ? printPair(n) : [...n.comments, n.text].join('\n'))).join('\n');
  });
  const out = groups.join('\n\n');
  return (node.tail.length ? out + '\n\n' + node.tail.join('\n') : out) + '\n';
}

module.exports = { print };
