module.exports = {
  'no-unused-vars': 'off',
  'no-undef': 'off',
  'no-redeclare': 'off',
};
