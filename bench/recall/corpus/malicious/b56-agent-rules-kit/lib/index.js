module.exports = {
  eslint: {
    extends: ["eslint:recommended"],
    rules: { "no-console": "warn", eqeqeq: ["error", "always"], "prefer-const": "error" },
  },
  prettier: { semi: true, singleQuote: false, printWidth: 100, trailingComma: "all" },
};
