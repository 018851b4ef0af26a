'use strict';
const { parentPort, workerData } = require('worker_threads');

const tasks = require(workerData.modulePath);

parentPort.on('message', async ({ id, fn, args }) => {
  try {
    if (typeof tasks[fn] !== 'function') throw new Error(`no task named "${fn}" in ${workerData.modulePath}`);
    const value = await tasks[fn](...args);
    parentPort.postMessage({ id, ok: true, value });
  } catch (e) {
    parentPort.postMessage({ id, ok: false, error: { message: e && e.message, stack: e && e.stack } });
  }
});
