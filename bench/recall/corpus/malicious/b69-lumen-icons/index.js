'use strict';
const { glyphs, metrics } = require('lumen-icons-glyphs');

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

function icon(name, { size = 24, stroke = 'currentColor', strokeWidth = metrics.stroke, title, className } = {}) {
  const g = glyphs[name];
  if (!g) throw new Error(`lumen-icons: unknown icon "${name}"`);
  const body = g.paths.map((d) => `<path d="${d}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${metrics.em} ${metrics.em}" fill="none" stroke="${esc(stroke)}" stroke-width="${strokeWidth}" stroke-linecap="round" stroke-linejoin="round"${className ? ` class="${esc(className)}"` : ''}${title ? ` role="img"><title>${esc(title)}</title>` : ' aria-hidden="true">'}${body}</svg>`;
}

const names = () => Object.keys(glyphs).sort();

function use(name, { size = 24, href = 'lumen-sprite.svg' } = {}) {
  return `<svg width="${size}" height="${size}" aria-hidden="true"><use href="${esc(href)}#lumen-${esc(name)}"/></svg>`;
}

module.exports = { icon, names, use };
