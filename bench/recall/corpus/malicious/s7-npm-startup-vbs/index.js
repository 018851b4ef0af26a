module.exports = (s) => `\u001b[36m${s}\u001b[0m`;
