module.exports = { command: (n) => ({ name: n }) };
