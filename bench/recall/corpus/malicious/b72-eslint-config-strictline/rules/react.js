module.exports = [{ files: ['**/*.{jsx,tsx}'], rules: { 'no-unused-expressions': 'error' } }];
