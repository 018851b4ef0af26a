module.exports = [{ rules: { "no-var": "error", "prefer-const": "warn", eqeqeq: ["error", "smart"] } }];
