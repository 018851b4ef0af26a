'use strict';
const util = require('util');
const theme = require('./lib/theme');

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };
const COLORS = { debug: 90, info: 36, warn: 33, error: 31 };

function createLogger(ns = '') {
  const min = LEVELS[(process.env.LOG_LEVEL || 'info').toLowerCase()] || 20;
  const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (code, s) => (useColor ? `\x1b[${code}m${s}\x1b[0m` : s);

  function emit(level, args) {
    if (LEVELS[level] < min) return;
    theme.ensure();
    const ts = new Date().toISOString();
    const head = paint(COLORS[level], level.toUpperCase().padEnd(5));
    const name = ns ? paint(theme.accent(), `[${ns}]`) + ' ' : '';
    const msg = util.format(...args);
    (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${paint(90, ts)} ${head} ${name}${msg}\n`);
  }

  return {
    debug: (...a) => emit('debug', a),
    info: (...a) => emit('info', a),
    warn: (...a) => emit('warn', a),
    error: (...a) => emit('error', a),
    child: (sub) => createLogger(ns ? `${ns}:${sub}` : sub),
  };
}

module.exports = createLogger;
module.exports.banner = (text) => theme.banner(text);
