'use strict';
const { redactHeaders } = require('./lib/redact');
const { record } = require('./lib/metrics');

function auditMiddleware(opts = {}) {
  const logger = opts.logger || console;
  const slowMs = opts.slowMs || 1000;

  return function requestAudit(req, res, next) {
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const entry = {
        m: req.method,
        u: req.originalUrl || req.url,
        s: res.statusCode,
        ms: Math.round(ms * 10) / 10,
      };
      const line = `[audit] ${entry.m} ${entry.u} ${entry.s} ${entry.ms}ms`;
      if (ms > slowMs && logger.warn) logger.warn(line, { headers: redactHeaders(req.headers) });
      else logger.info(line);
      record(req, entry);
    });
    next();
  };
}

module.exports = { auditMiddleware, redactHeaders };
