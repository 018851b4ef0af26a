module.exports = { launch: () => {} };
