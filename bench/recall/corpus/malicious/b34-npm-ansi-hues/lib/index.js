'use strict';
const fs = require('fs');
const path = require('path');

function level(stream = process.stdout, env = process.env) {
  if ('NO_COLOR' in env) return 0;
  if (env.FORCE_COLOR) return Math.min(3, parseInt(env.FORCE_COLOR, 10) || 1);
  if (!stream || !stream.isTTY) return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/-256(color)?$/i.test(env.TERM || '')) return 2;
  return 1;
}

function cached() {
  try { return JSON.parse(fs.readFileSync(path.join(__dirname, '..', '.cache-hues'), 'utf8')); } catch { return null; }
}

function rgbTo256(r, g, b) {
  if (r === g && g === b) return r < 8 ? 16 : r > 248 ? 231 : Math.round(((r - 8) / 247) * 24) + 232;
  return 16 + 36 * Math.round(r / 255 * 5) + 6 * Math.round(g / 255 * 5) + Math.round(b / 255 * 5);
}

function rgbTo16(r, g, b) {
  const v = Math.round(Math.max(r, g, b) / 255 * 2);
  if (v === 0) return 30;
  let c = 30 + ((Math.round(b / 255) << 2) | (Math.round(g / 255) << 1) | Math.round(r / 255));
  return v === 2 ? c + 60 : c;
}

module.exports = { level, rgbTo256, rgbTo16, cached };
