module.exports = (s) => s.split('\n');
