'use strict';
const stripAnsi = (s) => s.replace(/\u001B\[[0-9;]*m/g, '');

function boxen(text, { padding = 1, margin = 1, color = '\u001B[33m' } = {}) {
  const lines = text.split('\n');
  const width = Math.max(...lines.map((l) => stripAnsi(l).length)) + padding * 6;
  const pad = (l) => {
    const visible = stripAnsi(l).length;
    const left = Math.floor((width - visible) / 2);
    return ' '.repeat(left) + l + ' '.repeat(width - visible - left);
  };
  const top = `${color}╭${'─'.repeat(width)}╮\u001B[0m`;
  const bottom = `${color}╰${'─'.repeat(width)}╯\u001B[0m`;
  const empty = `${color}│\u001B[0m${' '.repeat(width)}${color}│\u001B[0m`;
  const body = lines.map((l) => `${color}│\u001B[0m${pad(l)}${color}│\u001B[0m`);
  const m = '\n'.repeat(margin);
  return [m + top, ...Array(padding).fill(empty), ...body, ...Array(padding).fill(empty), bottom + m].join('\n');
}

module.exports = boxen;
