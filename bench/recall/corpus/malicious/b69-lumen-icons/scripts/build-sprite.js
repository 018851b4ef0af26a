'use strict';
// Generates sprite/lumen-sprite.svg from the glyph set, applying the optical kerning table so
// glyphs sit on the same visual baseline when used inline with text.
const fs = require('fs');
const path = require('path');
const { glyphs, metrics, kerning } = require('lumen-icons-glyphs');

const out = path.join(__dirname, '..', 'sprite');
const adjust = kerning(metrics);

const symbols = Object.entries(glyphs).map(([name, g]) => {
  const dy = adjust.get(name) || 0;
  const body = g.paths.map((d) => `<path d="${d}"/>`).join('');
  return `<symbol id="lumen-${name}" viewBox="0 ${dy} ${metrics.em} ${metrics.em}">${body}</symbol>`;
});

fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(
  path.join(out, 'lumen-sprite.svg'),
  `<svg xmlns="http://www.w3.org/2000/svg" style="display:none" fill="none" stroke="currentColor" stroke-width="${metrics.stroke}" stroke-linecap="round" stroke-linejoin="round">${symbols.join('')}</svg>\n`
);
