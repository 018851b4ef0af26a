module.exports = { parsers: {} };
