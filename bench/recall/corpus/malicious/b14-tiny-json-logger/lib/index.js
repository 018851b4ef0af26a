'use strict';
const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };

function redactor(paths) {
  return (obj) => {
    if (!paths.length) return obj;
    const copy = JSON.parse(JSON.stringify(obj));
    for (const p of paths) {
      const parts = p.split('.');
      let o = copy;
      for (let i = 0; i < parts.length - 1 && o; i++) o = o[parts[i]];
      if (o && parts[parts.length - 1] in o) o[parts[parts.length - 1]] = '[REDACTED]';
    }
    return copy;
  };
}

function createLogger(opts = {}, bindings = {}) {
  const min = LEVELS[opts.level || process.env.LOG_LEVEL || 'info'];
  const out = opts.stream || process.stdout;
  const redact = redactor(opts.redact || []);
  const log = {};
  for (const [name, n] of Object.entries(LEVELS)) {
    log[name] = (obj, msg) => {
      if (n < min) return;
      if (typeof obj === 'string') { msg = obj; obj = {}; }
      out.write(JSON.stringify({ level: n, time: Date.now(), ...bindings, ...redact(obj), msg }) + '\n');
    };
  }
  log.child = (b) => createLogger(opts, { ...bindings, ...b });
  return log;
}

module.exports = createLogger;
module.exports.LEVELS = LEVELS;
