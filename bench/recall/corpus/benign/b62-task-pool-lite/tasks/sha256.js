const { parentPort } = require("worker_threads");
const { createHash } = require("crypto");
parentPort.on("message", ({ id, input }) => {
  parentPort.postMessage({ id, result: createHash("sha256").update(Buffer.from(input)).digest("hex") });
});
