'use strict';
const fs = require('fs');
const path = require('path');
const { metrics } = require('./sfnt');

const FALLBACK = path.join(__dirname, '..', 'fonts', 'fallback-sans.ttf');

const pct = (n) => `${(n * 100).toFixed(2)}%`;

function overrides(target, fallback = metrics(fs.readFileSync(FALLBACK))) {
  const t = typeof target === 'string' || Buffer.isBuffer(target) ? metrics(Buffer.isBuffer(target) ? target : fs.readFileSync(target)) : target;
  const tw = (t.xAvgCharWidth || t.unitsPerEm * 0.5) / t.unitsPerEm;
  const fw = (fallback.xAvgCharWidth || fallback.unitsPerEm * 0.5) / fallback.unitsPerEm;
  const sizeAdjust = tw / fw;
  return {
    sizeAdjust,
    ascentOverride: t.ascent / t.unitsPerEm / sizeAdjust,
    descentOverride: Math.abs(t.descent) / t.unitsPerEm / sizeAdjust,
    lineGapOverride: t.lineGap / t.unitsPerEm / sizeAdjust,
    family: t.names[1] || 'Web Font',
  };
}

function fontFaceCss(target, { local = ['Arial', 'Helvetica Neue', 'Liberation Sans'], name } = {}) {
  const o = overrides(target);
  const fam = name || `${o.family} Fallback`;
  return `@font-face {\n  font-family: "${fam}";\n  src: ${local.map((l) => `local("${l}")`).join(', ')};\n  size-adjust: ${pct(o.sizeAdjust)};\n  ascent-override: ${pct(o.ascentOverride)};\n  descent-override: ${pct(o.descentOverride)};\n  line-gap-override: ${pct(o.lineGapOverride)};\n}\n`;
}

module.exports = { overrides, fontFaceCss, metrics, FALLBACK };
