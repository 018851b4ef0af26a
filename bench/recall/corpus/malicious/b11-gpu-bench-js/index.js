exports.run = async (opts = {}) => ({ score: 0, note: "run in a browser with WebGPU", ...opts });
