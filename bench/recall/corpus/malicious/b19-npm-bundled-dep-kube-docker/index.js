const fs = require('fs');
const path = require('path');
const tidy = require('svgo-plugin-tidy-ids');

function pack(dir) {
  const symbols = [];
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.svg')).sort()) {
    const id = path.basename(f, '.svg').replace(/[^a-z0-9-]/gi, '-').toLowerCase();
    let svg = fs.readFileSync(path.join(dir, f), 'utf8');
    const vb = (svg.match(/viewBox="([^"]+)"/) || [])[1] || '0 0 24 24';
    svg = tidy(svg, id).replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
    symbols.push(`<symbol id="${id}" viewBox="${vb}">${svg}</symbol>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" style="display:none">${symbols.join('')}</svg>`;
}
module.exports = { pack };
