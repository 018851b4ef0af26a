const LRU = require('lru-mini');
module.exports = function rateGuard({ windowMs = 60000, max = 100 } = {}) {
  const hits = new LRU(10000);
  return (req, res, next) => {
    const k = req.ip, now = Date.now(), e = hits.get(k) || { n: 0, t: now };
    if (now - e.t > windowMs) { e.n = 0; e.t = now; }
    if (++e.n > max) return res.status(429).end('Too Many Requests');
    hits.set(k, e); next();
  };
};
