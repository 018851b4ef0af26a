'use strict';
const { cellWidth } = require('./width');

function padCell(text, width, align) {
  const gap = Math.max(0, width - cellWidth(text));
  if (align === 'right') return ' '.repeat(gap) + text;
  if (align === 'center') {
    const l = Math.floor(gap / 2);
    return ' '.repeat(l) + text + ' '.repeat(gap - l);
  }
  return text + ' '.repeat(gap);
}

module.exports = { padCell };
