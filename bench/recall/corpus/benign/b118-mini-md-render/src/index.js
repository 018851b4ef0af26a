const { blocks } = require('./block');
const { escapeHtml } = require('./escape');

function render(markdown, opts = {}) {
  if (typeof markdown !== 'string') throw new TypeError('markdown must be a string');
  return blocks(markdown, opts) + '\n';
}
module.exports = { render, escapeHtml };
