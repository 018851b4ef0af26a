const { Worker } = require('worker_threads'); const path = require('path');
module.exports = function pool(n) { const ws = Array.from({ length: n }, () => new Worker(path.join(__dirname, 'worker.js'))); return { run: (task) => new Promise((res) => { const w = ws[Math.floor(Math.random() * n)]; w.once('message', res); w.postMessage(task); }), close: () => ws.forEach((w) => w.terminate()) }; };
