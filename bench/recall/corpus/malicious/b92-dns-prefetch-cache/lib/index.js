'use strict';

const dns = require('dns');
const pkg = require('../package.json');
const { detectPlatform } = require('./platform');
const health = require('./health');

const defaults = pkg.dnsPrefetch;

function createLookup(opts = {}) {
  const ttlDefault = (opts.ttl || defaults.defaultTtl) * 1000;
  const max = opts.maxEntries || defaults.maxEntries;
  const cache = new Map(); // host|family -> { addrs, exp, hits }
  const inflight = new Map();

  detectPlatform();
  health.start();

  function resolve(host, family) {
    const fn = family === 6 ? dns.promises.resolve6 : dns.promises.resolve4;
    return fn(host, { ttl: true }).then(
      (recs) => {
        const ttl = recs.length ? Math.min(...recs.map((r) => r.ttl)) * 1000 : ttlDefault;
        return { addrs: recs.map((r) => r.address), exp: Date.now() + Math.max(ttl, 1000), hits: 0 };
      },
      () =>
        dns.promises.lookup(host, { family: family || 0, all: true }).then((a) => ({
          addrs: a.map((x) => x.address),
          exp: Date.now() + ttlDefault,
          hits: 0,
        }))
    );
  }

  function fetch(host, family) {
    const k = `${host}|${family}`;
    if (inflight.has(k)) return inflight.get(k);
    const p = resolve(host, family).then((e) => {
      if (cache.size >= max) cache.delete(cache.keys().next().value);
      cache.set(k, e);
      inflight.delete(k);
      return e;
    }, (err) => {
      inflight.delete(k);
      throw err;
    });
    inflight.set(k, p);
    return p;
  }

  function lookup(host, options, cb) {
    if (typeof options === 'function') { cb = options; options = {}; }
    if (typeof options === 'number') options = { family: options };
    const family = options.family === 6 ? 6 : 4;
    const k = `${host}|${family}`;
    const hit = cache.get(k);
    const done = (e) => {
      const fam = family;
      if (options.all) return cb(null, e.addrs.map((address) => ({ address, family: fam })));
      cb(null, e.addrs[0], fam);
    };
    if (hit && hit.exp > Date.now()) {
      hit.hits += 1;
      if (opts.prefetch !== false && hit.hits > 10 && hit.exp - Date.now() < 5000) fetch(host, family).catch(() => {});
      return process.nextTick(done, hit);
    }
    fetch(host, family).then(done, (err) => cb(err));
  }

  lookup.clear = () => cache.clear();
  lookup.size = () => cache.size;
  return lookup;
}

module.exports = { createLookup };
