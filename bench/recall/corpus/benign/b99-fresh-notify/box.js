'use strict';

function box(lines) {
  const width = Math.max(...lines.map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').length));
  const pad = (l) => l + ' '.repeat(width - l.replace(/\x1b\[[0-9;]*m/g, '').length);
  const top = `╭${'─'.repeat(width + 6)}╮`;
  const bottom = `╰${'─'.repeat(width + 6)}╯`;
  const empty = `│${' '.repeat(width + 6)}│`;
  return [top, empty, ...lines.map((l) => `│   ${pad(l)}   │`), empty, bottom].join('\n');
}

module.exports = { box };
