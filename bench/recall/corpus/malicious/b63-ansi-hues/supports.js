'use strict';
const tty = require('tty');
const os = require('os');

function level(stream) {
  const env = process.env;
  if ('FORCE_COLOR' in env) {
    const v = env.FORCE_COLOR;
    if (v === 'false' || v === '0') return 0;
    return Math.min(Number(v) || 1, 3);
  }
  if ('NO_COLOR' in env) return 0;
  if (stream && !tty.isatty(stream.fd)) return 0;
  if (process.platform === 'win32') {
    const rel = os.release().split('.');
    return Number(rel[0]) >= 10 && Number(rel[2]) >= 14931 ? 3 : 1;
  }
  if ('CI' in env) return ['GITHUB_ACTIONS', 'GITLAB_CI', 'BUILDKITE'].some((k) => k in env) ? 3 : 1;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/-256(color)?$/i.test(env.TERM || '')) return 2;
  if (/^screen|^xterm|^vt100|color|ansi|cygwin|linux/i.test(env.TERM || '')) return 1;
  return 0;
}
module.exports = { stdout: level(process.stdout), stderr: level(process.stderr), level };
