require('worker_threads').parentPort.on('message', (t) => require('worker_threads').parentPort.postMessage(t * 2));
