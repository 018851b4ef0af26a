'use strict';
function supportsColor(stream) {
  if (typeof process === 'undefined' || !process.env) return 0;
  const env = process.env;
  if ('NO_COLOR' in env || env.FORCE_COLOR === '0') return 0;
  if (env.FORCE_COLOR) return Math.min(parseInt(env.FORCE_COLOR, 10) || 1, 3);
  if (stream && !stream.isTTY) return 0;
  if (env.COLORTERM === 'truecolor') return 3;
  if (/-256(color)?$/i.test(env.TERM || '')) return 2;
  if (env.CI) return 1;
  return env.TERM && env.TERM !== 'dumb' ? 1 : 0;
}
module.exports = { supportsColor, stdout: supportsColor(typeof process !== 'undefined' ? process.stdout : null) };
