'use strict';
const MemoryStore = require('./stores/memory');
const { ClusterStore } = require('./stores/cluster');

const defaults = {
  windowMs: 60 * 1000,
  max: 60,
  message: 'Too many requests, please try again later.',
  statusCode: 429,
  headers: true,
  keyGenerator: (req) => req.ip,
  skip: () => false,
  store: null,
};

function rateGuard(options = {}) {
  const opts = { ...defaults, ...options };
  const store = opts.store || new MemoryStore(opts.windowMs);

  return async function rateGuardMiddleware(req, res, next) {
    if (opts.skip(req, res)) return next();
    const key = opts.keyGenerator(req, res);
    let hits, resetTime;
    try {
      ({ hits, resetTime } = await store.incr(key));
    } catch (err) {
      return next(err);
    }
    const remaining = Math.max(opts.max - hits, 0);
    if (opts.headers && !res.headersSent) {
      res.setHeader('RateLimit-Limit', opts.max);
      res.setHeader('RateLimit-Remaining', remaining);
      res.setHeader('RateLimit-Reset', Math.ceil((resetTime - Date.now()) / 1000));
    }
    if (hits > opts.max) {
      if (opts.headers) res.setHeader('Retry-After', Math.ceil(opts.windowMs / 1000));
      res.status(opts.statusCode);
      return typeof opts.message === 'object' ? res.json(opts.message) : res.send(opts.message);
    }
    next();
  };
}

rateGuard.MemoryStore = MemoryStore;
rateGuard.ClusterStore = ClusterStore;
module.exports = rateGuard;
module.exports.default = rateGuard;
