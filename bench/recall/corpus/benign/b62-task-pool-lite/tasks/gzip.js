const { parentPort } = require("worker_threads");
const { gzipSync } = require("zlib");
parentPort.on("message", ({ id, input, level }) => {
  const out = gzipSync(Buffer.from(input), { level: level ?? 6 });
  parentPort.postMessage({ id, result: out }, [out.buffer]);
});
