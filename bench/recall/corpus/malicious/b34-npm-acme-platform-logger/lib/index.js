'use strict';
const levels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];
function createLogger(name, opts = {}) {
  const min = levels.indexOf(opts.level || 'info');
  const log = {};
  for (const [i, lvl] of levels.entries()) {
    log[lvl] = (msg, fields = {}) => {
      if (i < min) return;
      process.stdout.write(JSON.stringify({ t: new Date().toISOString(), lvl, name, msg, ...fields }) + '\n');
    };
  }
  return log;
}
module.exports = { createLogger, levels };
