'use strict';

const { randomUUID } = require('crypto');

function tracer(opts = {}) {
  const header = (opts.header || 'x-request-id').toLowerCase();
  const log = opts.log === false ? null : opts.log || ((e) => process.stdout.write(JSON.stringify(e) + '\n'));
  return function requestTracer(req, res, next) {
    const start = process.hrtime.bigint();
    const id = (req.headers[header] && String(req.headers[header]).slice(0, 128)) || randomUUID();
    req.id = id;
    res.setHeader(header, id);
    const end = res.end;
    res.end = function (...args) {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (!res.headersSent) res.setHeader('server-timing', `app;dur=${ms.toFixed(1)}`);
      const r = end.apply(this, args);
      if (log) log({ id, method: req.method, url: req.originalUrl || req.url, status: res.statusCode, ms: +ms.toFixed(1) });
      return r;
    };
    next();
  };
}

module.exports = tracer;
module.exports.tracer = tracer;
