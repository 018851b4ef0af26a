'use strict';
const cluster = require('cluster');

const [script, n] = process.argv.slice(2);
if (cluster.isPrimary) {
  cluster.setupPrimary({ exec: script });
  for (let i = 0; i < Number(n); i++) cluster.fork();
  cluster.on('exit', (w, code, sig) => {
    console.error(`[nodekeeper] worker ${w.process.pid} died (${sig || code}), restarting`);
    setTimeout(() => cluster.fork(), 500);
  });
  process.on('SIGTERM', () => {
    for (const id in cluster.workers) cluster.workers[id].kill();
    process.exit(0);
  });
}
