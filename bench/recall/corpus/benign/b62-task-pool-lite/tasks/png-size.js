const { parentPort } = require("worker_threads");
parentPort.on("message", ({ id, input }) => {
  const b = Buffer.from(input);
  const ok = b.length > 24 && b.readUInt32BE(0) === 0x89504e47;
  parentPort.postMessage({ id, result: ok ? { width: b.readUInt32BE(16), height: b.readUInt32BE(20) } : null });
});
