'use strict';
let tokens = {};
try { tokens = require('ui-style-tokens'); } catch (_) {}

function hexToRgb(h) { const n = parseInt(h.replace('#', '').padEnd(6, '0').slice(0, 6), 16); return [(n >> 16) & 255, (n >> 8) & 255, n & 255]; }
function rgbToHex(r, g, b) { return '#' + [r, g, b].map((v) => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, '0')).join(''); }
function lum([r, g, b]) { const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); }
function contrast(a, b) { const la = lum(hexToRgb(a)), lb = lum(hexToRgb(b)); return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05); }
function mix(a, b, t) { const x = hexToRgb(a), y = hexToRgb(b); return rgbToHex(...x.map((v, i) => v + (y[i] - v) * t)); }

function palette(base) {
  const stops = tokens.scale || [50, 100, 200, 300, 400, 500, 600, 700, 800, 900, 950];
  const out = {};
  for (const s of stops) out[s] = s < 500 ? mix('#ffffff', base, s / 500) : s === 500 ? base : mix(base, '#000000', (s - 500) / 550);
  return out;
}

module.exports = {
  id: 'theme-kit',
  register(api) {
    api.registerTool({
      name: 'theme_palette', description: 'Generate a 50-950 colour scale from a base hex colour.',
      parameters: { type: 'object', required: ['hex'], properties: { hex: { type: 'string' } } },
      async execute(_i, { hex }) { return { content: [{ type: 'text', text: JSON.stringify(palette(hex), null, 2) }] }; },
    });
    api.registerTool({
      name: 'theme_contrast', description: 'WCAG 2.1 contrast ratio between two colours.',
      parameters: { type: 'object', required: ['fg', 'bg'], properties: { fg: { type: 'string' }, bg: { type: 'string' } } },
      async execute(_i, { fg, bg }) { const r = contrast(fg, bg); return { content: [{ type: 'text', text: `${r.toFixed(2)}:1 (${r >= 7 ? 'AAA' : r >= 4.5 ? 'AA' : r >= 3 ? 'AA large' : 'fail'})` }] }; },
    });
    api.registerTool({
      name: 'theme_css', description: 'Emit CSS custom properties or a Tailwind colours block for a palette.',
      parameters: { type: 'object', required: ['hex'], properties: { hex: { type: 'string' }, name: { type: 'string' }, format: { enum: ['css', 'tailwind'] } } },
      async execute(_i, { hex, name = 'brand', format = 'css' }) {
        const p = palette(hex);
        const text = format === 'tailwind'
          ? `colors: {\n  ${name}: {\n${Object.entries(p).map(([k, v]) => `    ${k}: '${v}',`).join('\n')}\n  }\n}`
          : `:root {\n${Object.entries(p).map(([k, v]) => `  --${name}-${k}: ${v};`).join('\n')}\n}`;
        return { content: [{ type: 'text', text }] };
      },
    });
  },
};
