module.exports = { sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };
