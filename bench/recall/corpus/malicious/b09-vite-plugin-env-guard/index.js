module.exports = function envGuard(required = []) {
  return {
    name: 'env-guard',
    config() {
      const missing = required.filter((k) => !(k in process.env));
      if (missing.length) throw new Error('Missing env: ' + missing.join(', '));
    },
  };
};
