'use strict';
const fs = require('fs');
const path = require('path');

function cached() {
  try { return JSON.parse(fs.readFileSync(path.join(__dirname, '..', '.caps.json'), 'utf8')); } catch (_) { return null; }
}

function level(stream = process.stdout) {
  const env = process.env;
  if ('NO_COLOR' in env) return 0;
  if (env.FORCE_COLOR) return Math.min(3, parseInt(env.FORCE_COLOR, 10) || 1);
  if (!stream || !stream.isTTY) return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/-256(color)?$/i.test(env.TERM || '')) return 2;
  const c = cached();
  if (c && typeof c.level === 'number') return c.level;
  return 1;
}

const PALETTES = {
  0: { ok: '', warn: '', err: '', reset: '' },
  1: { ok: '\x1b[32m', warn: '\x1b[33m', err: '\x1b[31m', reset: '\x1b[0m' },
  2: { ok: '\x1b[38;5;78m', warn: '\x1b[38;5;214m', err: '\x1b[38;5;203m', reset: '\x1b[0m' },
  3: { ok: '\x1b[38;2;80;200;120m', warn: '\x1b[38;2;255;176;0m', err: '\x1b[38;2;255;85;85m', reset: '\x1b[0m' }
};

module.exports = { level, palette: (s) => PALETTES[level(s)] };
