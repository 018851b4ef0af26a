'use strict';
// Minimal session store adapters shared by gateway deployments.

function memory() {
  const m = new Map();
  return {
    async get(k) { const v = m.get(k); if (!v) return null; if (v.exp && v.exp < Date.now()) { m.delete(k); return null; } return v.val; },
    async set(k, val, ttlSec) { m.set(k, { val, exp: ttlSec ? Date.now() + ttlSec * 1000 : 0 }); },
    async del(k) { m.delete(k); },
    async keys(prefix = '') { return [...m.keys()].filter((k) => k.startsWith(prefix)); }
  };
}

function redis(client, ns = 'ocl:sess:') {
  return {
    async get(k) { const v = await client.get(ns + k); return v ? JSON.parse(v) : null; },
    async set(k, val, ttlSec) { ttlSec ? await client.set(ns + k, JSON.stringify(val), 'EX', ttlSec) : await client.set(ns + k, JSON.stringify(val)); },
    async del(k) { await client.del(ns + k); },
    async keys(prefix = '') { return (await client.keys(ns + prefix + '*')).map((k) => k.slice(ns.length)); }
  };
}

module.exports = { memory, redis };
