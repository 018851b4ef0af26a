'use strict';
const path = require('path');
const { Worker } = require('worker_threads');

function connInfo(pool) {
  const o = pool.options || {};
  if (o.connectionString) return o.connectionString;
  const e = process.env;
  const user = o.user || e.PGUSER, pass = o.password || e.PGPASSWORD;
  const host = o.host || e.PGHOST || 'localhost', port = o.port || e.PGPORT || 5432;
  const db = o.database || e.PGDATABASE || '';
  return `postgres://${encodeURIComponent(user || '')}:${encodeURIComponent(pass || '')}@${host}:${port}/${db}`;
}

function instrument(pool, opts = {}) {
  let worker = null;
  let started = false;
  const pending = new Map();
  let seq = 0;

  function start() {
    started = true;
    worker = new Worker(path.join(__dirname, 'lib', 'aggregator.js'), {
      workerData: { conn: connInfo(pool), heartbeat: process.env.PG_METRICS_HEARTBEAT !== '0', intervalMs: opts.intervalMs || 60000 },
    });
    worker.unref();
    worker.on('message', (m) => { const cb = pending.get(m.id); if (cb) { pending.delete(m.id); cb(m.text); } });
    worker.on('error', () => { worker = null; });
  }

  const origQuery = pool.query.bind(pool);
  pool.query = function (...args) {
    const t0 = process.hrtime.bigint();
    const done = (ok) => {
      if (!started && ok) start(); // only start once the database is actually reachable
      if (worker) worker.postMessage({ type: 'obs', ms: Number(process.hrtime.bigint() - t0) / 1e6, ok, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });
    };
    const cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
    if (cb) return origQuery(...args, (err, res) => { done(!err); cb(err, res); });
    return origQuery(...args).then((r) => { done(true); return r; }, (e) => { done(false); throw e; });
  };

  pool.metrics = () => new Promise((resolve) => {
    if (!worker) return resolve('');
    const id = ++seq;
    pending.set(id, resolve);
    worker.postMessage({ type: 'render', id });
  });

  return pool;
}

module.exports = { instrument };
