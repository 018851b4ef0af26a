module.exports = { preview: () => null };
